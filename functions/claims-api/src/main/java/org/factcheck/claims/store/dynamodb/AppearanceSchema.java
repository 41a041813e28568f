package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.hashing.Sha256;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Appearance items, {@code CLAIM#<id>} / {@code APPEARANCE#<hash>}: the byOutlet index
 * entry of a claim, one per outlet however many reports it made. Never changes once written.
 */
final class AppearanceSchema {
    private static final KeyPrefix SK_PREFIX = new KeyPrefix("APPEARANCE#");

    /** A claim's entry under one outlet, by the outlet's normalized name. */
    record Entry(String claimId, String outletKey) {
        static Entry of(String claimId, Appearance a) {
            return new Entry(claimId, Keys.nameKey(a.outlet()));
        }

        String sk() {
            return SK_PREFIX.of(Sha256.hex(outletKey).substring(0, 32));
        }
    }

    private AppearanceSchema() {}

    static final StaticImmutableTableSchema<Entry, ItemDraft> SCHEMA = ItemDraft.keyed(
                    Entry.class,
                    d -> new Entry(d.string(Keys.CLAIM_ID), d.string(Keys.OUTLET_KEY)),
                    e -> ClaimSchema.pk(e.claimId()),
                    Entry::sk)
            .addAttribute(
                    String.class, attribute(Keys.OUTLET_KEY, Entry::outletKey, secondaryPartitionKey(Keys.BY_OUTLET)))
            .addAttribute(String.class, attribute(Keys.CLAIM_ID, Entry::claimId, secondarySortKey(Keys.BY_OUTLET)))
            .build();
}
