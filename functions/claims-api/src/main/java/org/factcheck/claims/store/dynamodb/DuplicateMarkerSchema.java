package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/** De-duplication markers, {@code DEDUP#<hash>} / {@code DEDUP}: "this statement by this speaker exists". */
final class DuplicateMarkerSchema {
    private static final String PK_PREFIX = "DEDUP#";
    private static final String SK_VALUE = "DEDUP";

    record Marker(String duplicateKey, String claimId) {}

    private DuplicateMarkerSchema() {}

    static final StaticImmutableTableSchema<Marker, ItemDraft> SCHEMA = ItemDraft.schema(
                    Marker.class,
                    d -> new Marker(d.string(Keys.PK).substring(PK_PREFIX.length()), d.string(Keys.CLAIM_ID)))
            .addAttribute(String.class, attribute(Keys.PK, m -> PK_PREFIX + m.duplicateKey(), primaryPartitionKey()))
            .addAttribute(String.class, attribute(Keys.SK, m -> SK_VALUE, primarySortKey()))
            .addAttribute(String.class, attribute(Keys.CLAIM_ID, Marker::claimId))
            .build();

    static Key key(String duplicateKey) {
        return Key.builder()
                .partitionValue(PK_PREFIX + duplicateKey)
                .sortValue(SK_VALUE)
                .build();
    }
}
