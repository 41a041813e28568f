package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.InvalidCursorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {
    private static final Map<String, AttributeValue> KEY_PAGE_END =
            Map.of("keyId", AttributeValue.fromS("01ARZ3NDEKTSV4RRFFQ69G5FAV"), "feed", AttributeValue.fromS("KEY"));
    private static final Map<String, AttributeValue> CLAIM_PAGE_END = Map.of(
            "pk",
            AttributeValue.fromS("CLAIM#1"),
            "sk",
            AttributeValue.fromS("CLAIM"),
            "feedKey",
            AttributeValue.fromS("CLAIM"),
            "id",
            AttributeValue.fromS("1"));

    @Test
    void aKeysCursorComesBackAsTheKeyItWasMadeFrom() {
        String cursor = Cursors.encode(Cursors.Kind.KEY, KEY_PAGE_END);
        assertEquals(
                KEY_PAGE_END, Cursors.decode(cursor, Cursors.Kind.KEY, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY"));
    }

    @Test
    void aCursorIsAcceptedOnlyForItsKind() {
        String keys = Cursors.encode(Cursors.Kind.KEY, KEY_PAGE_END);
        String claims = Cursors.encode(Cursors.Kind.CLAIM, CLAIM_PAGE_END);
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(keys, Cursors.Kind.CLAIM, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY"));
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.KEY, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.VERDICT, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
        assertEquals(
                CLAIM_PAGE_END,
                Cursors.decode(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
    }

    @Test
    void aClaimCursorMustNameAClaimItem() {
        Map<String, AttributeValue> notAClaim = Map.of(
                "pk",
                AttributeValue.fromS("APIKEY#1"),
                "sk",
                AttributeValue.fromS("CLAIM"),
                "feedKey",
                AttributeValue.fromS("CLAIM"),
                "id",
                AttributeValue.fromS("1"));
        String cursor = Cursors.encode(Cursors.Kind.CLAIM, notAClaim);
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(cursor, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
    }

    @Test
    void noCursorIsTheFirstPageAndNoLastKeyIsNoCursor() {
        assertNull(Cursors.decode(null, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
        assertNull(Cursors.encode(Cursors.Kind.CLAIM, null));
        assertNull(Cursors.encode(Cursors.Kind.CLAIM, Map.of()));
    }

    @Test
    void aCursorMustFitTheQueryItContinues() {
        String claims = Cursors.encode(Cursors.Kind.CLAIM, CLAIM_PAGE_END);
        // Another index (other key attributes) or another partition of the same index.
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_STATUS, "RATED"));
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "OTHER"));
    }

    @Test
    void anythingButWhatWeIssuedIsRefused() {
        String tooLong = Cursors.encode(
                Cursors.Kind.CLAIM,
                Map.of(
                        "pk",
                        AttributeValue.fromS("CLAIM#" + "1".repeat(1100)),
                        "sk",
                        AttributeValue.fromS("CLAIM"),
                        "feedKey",
                        AttributeValue.fromS("CLAIM"),
                        "id",
                        AttributeValue.fromS("1")));
        String empty = Cursors.encode(
                Cursors.Kind.CLAIM,
                Map.of(
                        "pk",
                        AttributeValue.fromS("CLAIM#1"),
                        "sk",
                        AttributeValue.fromS(""),
                        "feedKey",
                        AttributeValue.fromS("CLAIM"),
                        "id",
                        AttributeValue.fromS("1")));
        String number =
                base64("{\"kind\":\"CLAIM\",\"pk\":\"CLAIM#1\",\"sk\":\"CLAIM\",\"feedKey\":\"CLAIM\",\"id\":1}");
        for (String forged : List.of(
                "%%%", base64("not json"), base64("[1,2]"), base64("null"), number, empty, tooLong, "A".repeat(2049))) {
            assertThrows(
                    InvalidCursorException.class,
                    () -> Cursors.decode(forged, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"),
                    forged);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSortKeyOverDynamoDbsLimitInBytesIsRefusedThoughItFitsInCharacters() {
        String pk = "CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV";
        String euros = "VERDICT#" + "\u20ac".repeat(400); // 408 characters, 1,208 bytes of UTF-8
        String tooLong = Cursors.encode(
                Cursors.Kind.VERDICT, Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(euros)));
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(tooLong, Cursors.Kind.VERDICT, VerdictSchema.ITEM, null, pk));
        String fits = Cursors.encode(
                Cursors.Kind.VERDICT,
                Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("VERDICT#" + "\u20ac".repeat(300))));
        assertEquals(
                2,
                Cursors.decode(fits, Cursors.Kind.VERDICT, VerdictSchema.ITEM, null, pk)
                        .size());
        String longKeyId = Cursors.encode(
                Cursors.Kind.KEY,
                Map.of("keyId", AttributeValue.fromS("\u20ac".repeat(400)), "feed", AttributeValue.fromS("KEY")));
        assertThrows(
                InvalidCursorException.class,
                () -> Cursors.decode(longKeyId, Cursors.Kind.KEY, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY"));
    }
}
