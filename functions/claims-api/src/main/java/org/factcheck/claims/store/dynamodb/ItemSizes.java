package org.factcheck.claims.store.dynamodb;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.WriteTooLargeException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's size limits, checked before the call so an oversized write is a 413, not a
 * ValidationException: an item under 400 KB, a transaction of at most 100 items and 4 MB.
 * Sizes follow DynamoDB's accounting (names and values in UTF-8 bytes, a little overhead
 * per list, map and number), rounded up so the check errs on the side of refusing.
 */
final class ItemSizes {
    static final int MAX_ITEM_BYTES = 400 * 1024;
    static final int MAX_TRANSACTION_ITEMS = ClaimStore.MAX_TRANSACTION_WRITES;
    static final int MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

    private ItemSizes() {}

    /** {@code items}: the items a transaction puts, as attribute maps. */
    static void checkTransaction(List<Map<String, AttributeValue>> items) {
        if (items.size() > MAX_TRANSACTION_ITEMS) {
            throw new WriteTooLargeException(
                    "the change needs " + items.size() + " writes; one transaction holds " + MAX_TRANSACTION_ITEMS);
        }
        long total = 0;
        for (Map<String, AttributeValue> attributes : items) {
            long size = item(attributes);
            if (size >= MAX_ITEM_BYTES) {
                throw new WriteTooLargeException(
                        "a stored item would be " + size + " bytes; at most " + MAX_ITEM_BYTES);
            }
            total += size;
        }
        if (total > MAX_TRANSACTION_BYTES) {
            throw new WriteTooLargeException(
                    "the change would write " + total + " bytes; at most " + MAX_TRANSACTION_BYTES);
        }
    }

    static long item(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet())
            size += KeySizes.utf8Length(e.getKey()) + value(e.getValue());
        return size;
    }

    private static long value(AttributeValue v) {
        if (v.s() != null) return KeySizes.utf8Length(v.s());
        if (v.n() != null) return 21 + 1; // at most 38 digits: 21 bytes, plus one
        if (v.bool() != null || Boolean.TRUE.equals(v.nul())) return 1;
        if (v.hasSs()) return v.ss().stream().mapToLong(KeySizes::utf8Length).sum();
        if (v.hasL()) return 3 + v.l().stream().mapToLong(x -> 1 + value(x)).sum();
        if (v.hasM())
            return 3
                    + v.m().entrySet().stream()
                            .mapToLong(x -> 1 + KeySizes.utf8Length(x.getKey()) + value(x.getValue()))
                            .sum();
        if (v.b() != null) return v.b().asByteArray().length;
        return 0;
    }
}
