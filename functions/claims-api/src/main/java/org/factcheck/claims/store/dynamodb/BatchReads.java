package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;

/** Consistent BatchGetItem, following unprocessed keys with backoff: a page is never served with items missing. */
final class BatchReads {
    /** BatchGetItem takes at most 100 keys. */
    private static final int BATCH_GET_LIMIT = 100;

    private static final Backoff UNPROCESSED_KEYS = new Backoff(5, 10, 20);

    private BatchReads() {}

    static <T> List<T> get(DynamoDbEnhancedClient client, DynamoDbTable<T> table, List<Key> keys) {
        List<T> items = new ArrayList<>();
        try {
            for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
                ReadBatch.Builder<T> batch = ReadBatch.builder(
                                table.tableSchema().itemType().rawClass())
                        .mappedTableResource(table);
                for (Key key : keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))) {
                    batch.addGetItem(GetItemEnhancedRequest.builder()
                            .key(key)
                            .consistentRead(true)
                            .build());
                }
                // Each page is one BatchGetItem; the next one asks for the previous one's unprocessed keys.
                Iterator<BatchGetResultPage> pages =
                        client.batchGetItem(r -> r.readBatches(batch.build())).iterator();
                UNPROCESSED_KEYS.run(
                        attempt -> {
                            BatchGetResultPage page = pages.next();
                            items.addAll(page.resultsForTable(table));
                            return page.unprocessedKeysForTable(table).isEmpty()
                                    ? Optional.of(Boolean.TRUE)
                                    : Optional.empty();
                        },
                        () -> new StoreUnavailableException("unprocessed keys", null));
            }
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        return items;
    }
}
