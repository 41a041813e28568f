package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;

import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/** De-duplication markers, {@code DEDUP#<hash>} / {@code DEDUP}: "this statement by this speaker exists". */
final class DuplicateMarkerSchema {
    private static final KeyPrefix PK_PREFIX = new KeyPrefix("DEDUP#");
    private static final String SK_VALUE = "DEDUP";

    record Marker(String duplicateKey, String claimId) {}

    private DuplicateMarkerSchema() {}

    static final StaticImmutableTableSchema<Marker, ItemDraft> SCHEMA = ItemDraft.keyed(
                    Marker.class,
                    d -> new Marker(PK_PREFIX.rest(d.string(Keys.PK)), d.string(Keys.CLAIM_ID)),
                    m -> PK_PREFIX.of(m.duplicateKey()),
                    m -> SK_VALUE)
            .addAttribute(String.class, attribute(Keys.CLAIM_ID, Marker::claimId))
            .build();

    static Key key(String duplicateKey) {
        return Key.builder()
                .partitionValue(PK_PREFIX.of(duplicateKey))
                .sortValue(SK_VALUE)
                .build();
    }
}
