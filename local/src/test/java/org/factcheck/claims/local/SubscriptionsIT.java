package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Subscriptions through the real handlers (routed by template.yaml) on the emulator:
 * each key reaches only its own, the stored items (subscription, match entries, count,
 * secret) stay consistent, rotation keeps the old secret for 24 hours, and every refused
 * request leaves both tables as they were. URLs use literal public addresses: no DNS here.
 */
class SubscriptionsIT {
    private static final String URL = "https://93.184.215.14/hook";
    private static final String SECRETS_TABLE = TestEnvironment.TABLES.get("SubscriptionSecretsTable");

    private static String newKeyId() {
        return Ulid.next(System.currentTimeMillis());
    }

    private static HandlerClient as(String keyId, String role) {
        return new HandlerClient("it-newsroom", role, keyId);
    }

    private static Map<String, Object> create(HandlerClient client, String body) throws Exception {
        HandlerClient.Response r = client.postJson("/subscriptions", body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static String body(String filter) {
        return "{\"url\": \"" + URL + "\", \"events\": [\"verdict.published\", \"claim.retracted\"]"
                + (filter == null ? "" : ", \"filter\": " + filter) + "}";
    }

    /** Every subscription item, match entry and count (pk SUBSCRI…) and every secret, as text, sorted. */
    private static Set<String> dump() {
        Set<String> items = new TreeSet<>();
        scan(TestEnvironment.TABLE).stream()
                .filter(i -> i.get("pk").s().startsWith("SUBSCRI"))
                .forEach(i -> items.add(i.toString()));
        scan(SECRETS_TABLE).forEach(i -> items.add(i.toString()));
        return items;
    }

    private static List<Map<String, AttributeValue>> scan(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        DynamoDbClients.shared()
                .scanPaginator(s -> s.tableName(table).consistentRead(true))
                .items()
                .forEach(items::add);
        return items;
    }

    private static Map<String, AttributeValue> item(String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = DynamoDbClients.shared()
                .getItem(g -> g.tableName(table).key(key).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? null : item;
    }

    private static Map<String, AttributeValue> secretOf(String id) {
        return item(SECRETS_TABLE, Map.of("subscriptionId", AttributeValue.fromS(id)));
    }

    private static List<String> matchPks(String id) {
        return scan(TestEnvironment.TABLE).stream()
                .filter(i -> i.get("pk").s().startsWith("SUBSCRIPTION_MATCH#")
                        && i.get("sk").s().equals("SUBSCRIPTION#" + id))
                .map(i -> i.get("pk").s())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static int count(String keyId) {
        Map<String, AttributeValue> counter = item(
                TestEnvironment.TABLE,
                Map.of("pk", AttributeValue.fromS("SUBSCRIBER#" + keyId), "sk", AttributeValue.fromS("COUNT")));
        return counter == null
                ? 0
                : Integer.parseInt(counter.get("subscriptions").n());
    }

    @Test
    void theItemsOfASubscriptionAreWrittenTogetherAndFollowItsFilter() throws Exception {
        String keyId = newKeyId();
        HandlerClient api = as(keyId, "reader");
        Map<String, Object> created =
                create(api, body("{\"speakers\": [\"Joe Biden\", \"ＫＡＭＡＬＡ Harris\"], \"ratings\": [\"FALSE\"]}"));
        String id = (String) created.get("id");

        Map<String, AttributeValue> stored = item(
                TestEnvironment.TABLE,
                Map.of(
                        "pk",
                        AttributeValue.fromS("SUBSCRIBER#" + keyId),
                        "sk",
                        AttributeValue.fromS("SUBSCRIPTION#" + id)));
        assertEquals(keyId, stored.get("ownerKeyId").s());
        assertEquals("SUBSCRIPTION", stored.get("feedKey").s());
        assertFalse(stored.containsKey("secret"), "the secret is not in the claims table");
        assertEquals(
                List.of("SUBSCRIPTION_MATCH#speaker#joe biden", "SUBSCRIPTION_MATCH#speaker#kamala harris"),
                matchPks(id));
        assertEquals(created.get("secret"), secretOf(id).get("secret").s());
        assertEquals(1, count(keyId));

        HandlerClient.Response patched = api.json(
                "PATCH", "/subscriptions/" + id, "{\"filter\": {\"ratings\": [\"FALSE\", \"MISLEADING\"]}}", Map.of());
        assertEquals(200, patched.status(), patched.body());
        assertEquals(List.of("SUBSCRIPTION_MATCH#rating#FALSE", "SUBSCRIPTION_MATCH#rating#MISLEADING"), matchPks(id));
        HandlerClient.Response everything =
                api.json("PATCH", "/subscriptions/" + id, "{\"filter\": {}, \"status\": \"PAUSED\"}", Map.of());
        assertEquals("PAUSED", everything.json().get("status"));
        assertEquals(List.of("SUBSCRIPTION_MATCH#all"), matchPks(id));

        assertEquals(
                204,
                api.send("DELETE", "/subscriptions/" + id, Map.of(), (String) null)
                        .status());
        assertEquals(List.of(), matchPks(id));
        assertNull(secretOf(id));
        assertEquals(0, count(keyId));
        assertEquals(404, api.get("/subscriptions/" + id, Map.of()).status());
    }

    @Test
    void aKeyReachesOnlyItsOwnSubscriptionsAndAdminsListThemAll() throws Exception {
        String ownerKey = newKeyId();
        HandlerClient owner = as(ownerKey, "reader");
        HandlerClient other = as(newKeyId(), "factchecker");
        HandlerClient admin = as(newKeyId(), "admin");
        String id = (String) create(owner, body(null)).get("id");
        String otherId = (String) create(other, body(null)).get("id");
        Set<String> before = dump();

        for (HandlerClient stranger : List.of(other, admin)) assertEveryRouteIs404(stranger, id);
        assertEquals(before, dump(), "nothing changed");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mine = (List<Map<String, Object>>)
                owner.get("/subscriptions", Map.of()).json().get("items");
        assertEquals(List.of(id), mine.stream().map(s -> s.get("id")).toList());
        assertEquals(403, other.get("/subscriptions?all=true", Map.of()).status());
        Set<Object> all = new TreeSet<>();
        String cursor = null;
        do {
            HandlerClient.Response page = admin.get(
                    "/subscriptions?all=true&limit=100" + (cursor == null ? "" : "&cursor=" + cursor), Map.of());
            assertEquals(200, page.status(), page.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items =
                    (List<Map<String, Object>>) page.json().get("items");
            items.forEach(s -> all.add(s.get("id")));
            cursor = (String) page.json().get("nextCursor");
        } while (cursor != null);
        assertTrue(all.containsAll(List.of(id, otherId)), all.toString());
    }

    @Test
    void rotationKeepsTheReplacedSecretFor24HoursInTheStoredState() throws Exception {
        HandlerClient api = as(newKeyId(), "reader");
        Map<String, Object> created = create(api, body(null));
        String id = (String) created.get("id");
        HandlerClient.Response rotated = api.send("POST", "/subscriptions/" + id + "/secret", Map.of(), (String) null);
        assertEquals(200, rotated.status(), rotated.body());
        String newSecret = (String) rotated.json().get("secret");
        assertNotEquals(created.get("secret"), newSecret);

        Map<String, AttributeValue> secret = secretOf(id);
        assertEquals(newSecret, secret.get("secret").s());
        assertEquals(created.get("secret"), secret.get("previousSecret").s());
        Instant rotatedAt = Instant.parse((String) rotated.json().get("secretRotatedAt"));
        Instant until = Instant.parse(secret.get("previousSecretExpiresAt").s());
        assertEquals(Duration.ofHours(24), Duration.between(rotatedAt, until));
        assertEquals(secret.get("previousSecretExpiresAt").s(), rotated.json().get("previousSecretExpiresAt"));
        assertFalse(api.get("/subscriptions/" + id, Map.of()).body().contains("whsec_"), "GET shows no secret");
    }

    @Test
    void theLimitPerKeyHoldsAndTheRefusalWritesNothing() throws Exception {
        String keyId = newKeyId();
        HandlerClient api = as(keyId, "reader");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) ids.add((String) create(api, body(null)).get("id"));
        Set<String> before = dump();
        HandlerClient.Response refused = api.postJson("/subscriptions", body(null));
        assertEquals(409, refused.status(), refused.body());
        assertEquals(before, dump());
        assertEquals(25, count(keyId));
        assertEquals(
                204,
                api.send("DELETE", "/subscriptions/" + ids.getFirst(), Map.of(), (String) null)
                        .status());
        create(api, body(null));
        assertEquals(25, count(keyId));
    }

    @Test
    void everyRefusedRequestWritesNothing() throws Exception {
        HandlerClient api = as(newKeyId(), "reader");
        String id = (String) create(api, body("{\"claimIds\": [\"01ARZ3NDEKTSV4RRFFQ69G5FAV\"]}"))
                .get("id");
        Set<String> before = dump();
        List<String> refusedBodies = List.of(
                "{\"url\": \"https://127.0.0.1/hook\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://localhost:8443/hook\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://10.0.0.8/hook\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://169.254.169.254/latest/meta-data/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://[fd00:ec2::254]/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://[::ffff:127.0.0.1]/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://100.64.1.1/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"http://127.0.0.1:9000/hook\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://93.184.215.14:22/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://u:p@93.184.215.14/\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"https://93.184.215.14/#x\", \"events\": [\"claim.created\"]}",
                "{\"url\": \"" + URL + "\", \"events\": [\"claim.deleted\"]}",
                "{\"url\": \"" + URL + "\", \"events\": [\"claim.created\"], \"filter\": {\"ratings\": [\"WRONG\"]}}",
                "{\"url\": \"" + URL + "\", \"events\": [\"claim.created\"], \"secret\": \"whsec_mine\"}",
                "not json");
        for (String refused : refusedBodies) {
            HandlerClient.Response r = api.postJson("/subscriptions", refused);
            assertTrue(r.status() == 400 || r.status() == 422, refused + " → " + r.status() + " " + r.body());
        }
        assertEquals(
                415,
                api.send("POST", "/subscriptions", Map.of("Content-Type", "text/plain"), body(null))
                        .status());
        assertEquals(
                400,
                api.json("PATCH", "/subscriptions/" + id, "{\"url\": \"" + URL + "\"}", Map.of())
                        .status());
        assertEquals(
                400,
                api.json("PATCH", "/subscriptions/" + id, "{\"events\": []}", Map.of())
                        .status());
        assertEveryRouteIs404(api, "01ARZ3NDEKTSV4RRFFQ69G5FAW");
        assertEquals(before, dump());
    }

    /** GET, PATCH, DELETE and POST .../secret of subscription {@code id} as {@code client}: each a 404. */
    private static void assertEveryRouteIs404(HandlerClient client, String id) throws Exception {
        String path = "/subscriptions/" + id;
        assertEquals(404, client.get(path, Map.of()).status());
        assertEquals(
                404,
                client.json("PATCH", path, "{\"status\": \"PAUSED\"}", Map.of()).status());
        assertEquals(404, client.send("DELETE", path, Map.of(), (String) null).status());
        assertEquals(
                404,
                client.send("POST", path + "/secret", Map.of(), (String) null).status());
    }

    @Test
    void aHostThatDoesNotResolveIsA422() throws Exception {
        HandlerClient api = as(newKeyId(), "reader");
        Set<String> before = dump();
        HandlerClient.Response r = api.postJson(
                "/subscriptions", "{\"url\": \"https://no-such-host.invalid/hook\", \"events\": [\"claim.created\"]}");
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("does not resolve"), r.body());
        assertEquals(before, dump());
    }
}
