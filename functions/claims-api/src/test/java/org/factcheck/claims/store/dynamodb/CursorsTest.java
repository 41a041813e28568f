package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
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
        assertEquals(KEY_PAGE_END, Cursors.decode(cursor, Cursors.Kind.KEY, Set.of("keyId", "feed"), "feed", "KEY"));
    }

    @Test
    void aCursorIsAcceptedOnlyForItsKind() {
        String keys = Cursors.encode(Cursors.Kind.KEY, KEY_PAGE_END);
        String claims = Cursors.encode(Cursors.Kind.CLAIM, CLAIM_PAGE_END);
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(keys, Cursors.Kind.CLAIM, Set.of("keyId", "feed"), "feed", "KEY"));
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.KEY, Set.of("pk", "sk", "feedKey", "id"), "feedKey", "CLAIM"));
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(claims, Cursors.Kind.VERDICT, Set.of("pk", "sk", "feedKey", "id"), "feedKey", "CLAIM"));
        assertEquals(CLAIM_PAGE_END,
                Cursors.decode(claims, Cursors.Kind.CLAIM, Set.of("pk", "sk", "feedKey", "id"), "feedKey", "CLAIM"));
    }

    @Test
    void aClaimCursorMustNameAClaimItem() {
        Map<String, AttributeValue> notAClaim = Map.of("pk", AttributeValue.fromS("APIKEY#1"), "sk", AttributeValue.fromS("CLAIM"),
                "feedKey", AttributeValue.fromS("CLAIM"), "id", AttributeValue.fromS("1"));
        String cursor = Cursors.encode(Cursors.Kind.CLAIM, notAClaim);
        assertThrows(InvalidCursorException.class,
                () -> Cursors.decode(cursor, Cursors.Kind.CLAIM, Set.of("pk", "sk", "feedKey", "id"), "feedKey", "CLAIM"));
    }
}
