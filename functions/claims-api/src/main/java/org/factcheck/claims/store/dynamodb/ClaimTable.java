package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;

/** The claims table as the enhanced client sees it: one mapped view per item kind, all on one table. */
record ClaimTable(DynamoDbEnhancedClient client,
                  DynamoDbTable<Claim> claims,
                  DynamoDbTable<VerdictSchema.Entry> verdicts,
                  DynamoDbTable<AppearanceSchema.Entry> appearances,
                  DynamoDbTable<DuplicateMarkerSchema.Marker> markers,
                  DynamoDbTable<StoredResponse> responses) {

    static ClaimTable of(DynamoDbEnhancedClient client, String name) {
        return new ClaimTable(client,
                client.table(name, ClaimSchema.SCHEMA),
                client.table(name, VerdictSchema.ITEM),
                client.table(name, AppearanceSchema.SCHEMA),
                client.table(name, DuplicateMarkerSchema.SCHEMA),
                client.table(name, IdempotencySchema.SCHEMA));
    }
}
