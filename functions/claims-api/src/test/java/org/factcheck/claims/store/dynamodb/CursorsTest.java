package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.factcheck.claims.store.InvalidCursorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {
    private static final Map<String, AttributeValue> KEY_PAGE_END =
            Map.of("keyId", AttributeValue.fromS("01ARZ3NDEKTSV4RRFFQ69G5FAV"), "feed", AttributeValue.fromS("KEY"));
    private static final Map<String, AttributeValue> CLAIM_PAGE_END = Map.of("pk", AttributeValue.fromS("CLAIM#1"),
            "sk", AttributeValue.fromS("CLAIM"), "feedKey", AttributeValue.fromS("CLAIM"), "id", AttributeValue.fromS("1"));

    @Test
    void aKeysCursorComesBackAsTheKeyItWasMadeFrom() {
        String cursor = Cursors.encode(Cursors.Kind.KEY, KEY_PAGE_END);
        assertEquals(KEY_PAGE_END, Cursors.decode(cursor, Cursors.Kind.KEY, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY"));
    }

    @Test
    void aCursorIsAcceptedOnlyForItsKind() {
        String keys = Cursors.encode(Cursors.Kind.KEY, KEY_PAGE_END);
        String claims = Cursors.encode(Cursors.Kind.CLAIM, CLAIM_PAGE_END);
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(keys, Cursors.Kind.CLAIM, ApiKeySchema.SCHEMA, Keys.BY_CREATED, "KEY"));
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.KEY, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.VERDICT, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
        assertEquals(CLAIM_PAGE_END,
                Cursors.decode(claims, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
    }

    @Test
    void aClaimCursorMustNameAClaimItem() {
        Map<String, AttributeValue> notAClaim = Map.of("pk", AttributeValue.fromS("APIKEY#1"), "sk", AttributeValue.fromS("CLAIM"),
                "feedKey", AttributeValue.fromS("CLAIM"), "id", AttributeValue.fromS("1"));
        String cursor = Cursors.encode(Cursors.Kind.CLAIM, notAClaim);
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(cursor, Cursors.Kind.CLAIM, ClaimSchema.SCHEMA, Keys.BY_CREATED, "CLAIM"));
    }
}
