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
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {
    private static final Map<String, AttributeValue> KEY_PAGE_END =
            Map.of("keyId", AttributeValue.fromS("01ARZ3NDEKTSV4RRFFQ69G5FAV"), "feed", AttributeValue.fromS("KEY"));
    private static final Map<String, AttributeValue> CLAIM_PAGE_END = claimPageEnd("CLAIM#1", "CLAIM");

    /** The last key of a page of the byCreated index, for the item with this pk and sk. */
    private static Map<String, AttributeValue> claimPageEnd(String pk, String sk) {
        return Map.of(
                "pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromS(sk),
                "feedKey", AttributeValue.fromS("CLAIM"),
                "id", AttributeValue.fromS("1"));
    }

    private static void assertRefused(
            String cursor, Cursors.Kind kind, TableSchema<?> schema, String index, String partitionValue) {
        assertThrows(InvalidCursorException.class, () -> Cursors.decode(cursor, kind, schema, index, partitionValue));
    }

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
        assertRefused(keys, Cursors.Kind.CLAIM, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY");
        assertRefused(claims, Cursors.Kind.KEY, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM");
        assertRefused(claims, Cursors.Kind.VERDICT, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM");
        assertEquals(
                CLAIM_PAGE_END,
                Cursors.decode(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
    }

    @Test
    void aClaimCursorMustNameAClaimItem() {
        Map<String, AttributeValue> notAClaim = claimPageEnd("APIKEY#1", "CLAIM");
        String cursor = Cursors.encode(Cursors.Kind.CLAIM, notAClaim);
        assertRefused(cursor, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM");
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
        assertRefused(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_STATUS, "RATED");
        assertRefused(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "OTHER");
    }

    @Test
    void anythingButWhatWeIssuedIsRefused() {
        String tooLong = Cursors.encode(Cursors.Kind.CLAIM, claimPageEnd("CLAIM#" + "1".repeat(1100), "CLAIM"));
        String empty = Cursors.encode(Cursors.Kind.CLAIM, claimPageEnd("CLAIM#1", ""));
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
        assertRefused(tooLong, Cursors.Kind.VERDICT, VerdictSchema.ITEM, null, pk);
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
        assertRefused(longKeyId, Cursors.Kind.KEY, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY");
    }
}
