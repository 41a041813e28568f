package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.WriteTooLargeException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizesTest {

    private static Map<String, AttributeValue> put(Map<String, AttributeValue> item) {
        return item;
    }

    @Test
    void sizesCountUtf8BytesOfNamesAndValues() {
        assertEquals(
                2 + 3 + 2 + 6,
                ItemSizes.item(
                        Map.of("pk", AttributeValue.fromS("abc"), "sk", AttributeValue.fromS("\u00e9\u00e9\u00e9"))));
        long nested = ItemSizes.item(Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("ab")))));
        assertEquals(1 + 3 + 1 + 2, nested);
    }

    @Test
    void anItemOver400KbOrATransactionOverItsLimitsIsRefusedBeforeTheCall() {
        Map<String, AttributeValue> big =
                Map.of("body", AttributeValue.fromS("\u20ac".repeat(140_000))); // 420 000 bytes
        assertThrows(WriteTooLargeException.class, () -> ItemSizes.checkTransaction(List.of(put(big))));
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("x"));
        assertThrows(
                WriteTooLargeException.class, () -> ItemSizes.checkTransaction(Collections.nCopies(101, put(item))));
        assertDoesNotThrow(() -> ItemSizes.checkTransaction(Collections.nCopies(100, put(item))));
        List<Map<String, AttributeValue>> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) many.add(put(Map.of("body", AttributeValue.fromS("x".repeat(399_000)))));
        assertThrows(WriteTooLargeException.class, () -> ItemSizes.checkTransaction(many));
    }
}
