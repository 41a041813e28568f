package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.factcheck.claims.store.dynamodb.Keys;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A speaker's type (Person or Organization) through the real handlers against the emulator. */
class SpeakersIT {
    private final HandlerClient api = new HandlerClient();

    private static String claim(String statement, String speakerName, String type) {
        return """
                {"statement": "%s",
                 "speaker": {"name": "%s", "title": "United States Department of Defense", "type": "%s"},
                 "appearances": [{"outlet": "NBC News"}]}
                """.formatted(statement, speakerName, type);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> speaker(Map<String, Object> claim) {
        return (Map<String, Object>) claim.get("speaker");
    }

    @Test
    @SuppressWarnings("unchecked")
    void storesAnOrganizationSpeakerAndReadsItBack() throws Exception {
        String name = Samples.uniqueName("Ministry of Examples");
        Map<String, Object> created = api.create(claim(Samples.uniqueStatement(), name, "Organization"));
        String id = (String) created.get("id");
        assertEquals("Organization", speaker(created).get("type"));

        HandlerClient.Response read = api.get("/claims/" + id, Map.of());
        assertEquals(
                Map.of("name", name, "title", "United States Department of Defense", "type", "Organization"),
                withoutNulls(speaker(read.json())));
        Map<String, Object> listed = ((List<Map<String, Object>>)
                        api.get("/claims?speaker=" + name.replace(" ", "%20"), Map.of())
                                .json()
                                .get("items"))
                .getFirst();
        assertEquals("Organization", speaker(listed).get("type"));

        String etag = api.review(id);
        assertEquals(
                201,
                api.json("POST", "/claims/" + id + "/verdicts", Samples.verdict("FALSE"), Map.of("If-Match", etag))
                        .status());
        Map<String, Object> review =
                api.get("/claims/" + id + "/claimreview", Map.of()).json();
        Map<String, Object> author =
                (Map<String, Object>) ((Map<String, Object>) review.get("itemReviewed")).get("author");
        assertEquals(
                Map.of("@type", "Organization", "name", name, "description", "United States Department of Defense"),
                author);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownTypeIs400WithItsPointer() throws Exception {
        HandlerClient.Response bad =
                api.postJson("/claims", claim(Samples.uniqueStatement(), "The Pentagon", "Agency"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals(
                List.of("/speaker/type"),
                ((List<Map<String, String>>) bad.json().get("errors"))
                        .stream().map(e -> e.get("pointer")).toList());

        String article = """
                {"url": "https://news.example/types", "outlet": "CNN", "claims": [
                  {"statement": "%s", "speaker": {"name": "CNN", "type": "Organization"}},
                  {"statement": "%s", "speaker": {"name": "CNN", "type": "organization"}}]}
                """.formatted(Samples.uniqueStatement(), Samples.uniqueStatement());
        HandlerClient.Response badImport = api.postJson("/articles", article);
        assertEquals(400, badImport.status(), badImport.body());
        assertEquals(
                List.of("/claims/1/speaker/type"),
                ((List<Map<String, String>>) badImport.json().get("errors"))
                        .stream().map(e -> e.get("pointer")).toList());
    }

    /**
     * Items written before this change have no speaker type and no key id. Each claim is
     * stored through the API with the type the fallback must NOT produce, then rewritten
     * with the low-level client as the earlier code wrote it, so only the fallback can
     * give the type that is read.
     */
    @Test
    void aClaimStoredWithoutTypeReadsAsPersonUnlessAKnownOrganisation() throws Exception {
        String pentagon = (String) api.create(claim(Samples.uniqueStatement(), "The Pentagon", "Person"))
                .get("id");
        String person = (String)
                api.create(claim(Samples.uniqueStatement(), Samples.uniqueName("Jane Example"), "Organization"))
                        .get("id");
        rewriteAsBefore(pentagon);
        rewriteAsBefore(person);

        Map<String, Object> oldPentagon =
                api.get("/claims/" + pentagon, Map.of()).json();
        assertEquals(
                "Organization",
                speaker(oldPentagon).get("type"),
                "The Pentagon is a known organisation of the samples");
        assertEquals(HandlerClient.PRINCIPAL, oldPentagon.get("submittedBy"));
        assertTrue(oldPentagon.containsKey("submittedByKeyId"));
        assertNull(oldPentagon.get("submittedByKeyId"), "claims stored before key ids were recorded have none");
        assertEquals(
                "Person", speaker(api.get("/claims/" + person, Map.of()).json()).get("type"));
    }

    private static void rewriteAsBefore(String claimId) {
        DynamoDbClient dynamo = DynamoDbClients.shared();
        Map<String, AttributeValue> key =
                Map.of(Keys.PK, AttributeValue.fromS("CLAIM#" + claimId), Keys.SK, AttributeValue.fromS("CLAIM"));
        Map<String, AttributeValue> item = new HashMap<>(
                dynamo.getItem(g -> g.tableName(TestEnvironment.TABLE).key(key)).item());
        Map<String, AttributeValue> speaker = new HashMap<>(item.get("speaker").m());
        assertFalse(speaker.remove("type") == null, "the current code stores the type");
        item.put("speaker", AttributeValue.fromM(speaker));
        item.remove("submittedByKeyId");
        dynamo.putItem(p -> p.tableName(TestEnvironment.TABLE).item(item));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> out = new HashMap<>(map);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }
}
