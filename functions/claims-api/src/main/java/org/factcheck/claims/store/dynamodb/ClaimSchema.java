package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.TextNormalizer;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Claim items, {@code CLAIM#<id>} / {@code CLAIM}: the claim with its appearances and
 * current verdict, and the index attributes derived from it on every write. The list
 * indexes sort on the claim id, a ULID, so they list newest first; byUpdate sorts on
 * updatedKey = updatedAt#id for "changed since".
 */
final class ClaimSchema {
    private static final KeyPrefix PK_PREFIX = new KeyPrefix("CLAIM#");
    private static final String SK_VALUE = "CLAIM";
    /** The one feed partition every claim is in (byCreated, byUpdate). */
    static final String FEED_ALL = "CLAIM";

    private ClaimSchema() {}

    static final StaticImmutableTableSchema<Claim, ItemDraft> SCHEMA = ItemDraft.keyed(
                    Claim.class, ClaimSchema::claim, c -> pk(c.id()), c -> SK_VALUE)
            .addAttribute(
                    String.class,
                    attribute(
                            Keys.ID,
                            Claim::id,
                            secondarySortKey(
                                    List.of(Keys.BY_CREATED, Keys.BY_STATUS, Keys.BY_RATING, Keys.BY_SPEAKER))))
            .addAttribute(String.class, attribute("statement", Claim::statement))
            .addAttribute(ValueSchemas.document(ValueSchemas.SPEAKER), attribute("speaker", Claim::speaker))
            .addAttribute(ValueSchemas.listOf(ValueSchemas.APPEARANCE), attribute("appearances", Claim::appearances))
            .addAttribute(String.class, attribute("claimDate", Claim::claimDate))
            .addAttribute(String.class, attribute("language", Claim::language))
            .addAttribute(EnhancedType.listOf(String.class), attribute("topics", Claim::topics))
            .addAttribute(String.class, attribute("context", Claim::context))
            .addAttribute(String.class, attribute("status", c -> c.status().name()))
            .addAttribute(ValueSchemas.document(VerdictSchema.FIELDS), attribute("verdict", Claim::verdict))
            .addAttribute(ValueSchemas.document(ValueSchemas.RETRACTION), attribute("retraction", Claim::retraction))
            .addAttribute(Long.class, attribute("version", Claim::version))
            .addAttribute(String.class, attribute("createdAt", Claim::createdAt))
            .addAttribute(String.class, attribute("updatedAt", Claim::updatedAt))
            .addAttribute(
                    String.class, attribute("submittedBy", c -> c.submittedBy().owner()))
            .addAttribute(
                    String.class,
                    attribute("submittedByKeyId", c -> c.submittedBy().keyId()))
            .addAttribute(String.class, attribute("duplicateKey", Claim::duplicateKey))
            // Derived on every write: the index keys.
            .addAttribute(
                    String.class,
                    attribute(
                            Keys.FEED_KEY,
                            c -> FEED_ALL,
                            secondaryPartitionKey(List.of(Keys.BY_CREATED, Keys.BY_UPDATE))))
            .addAttribute(
                    String.class,
                    attribute(Keys.UPDATED_KEY, c -> c.updatedAt() + "#" + c.id(), secondarySortKey(Keys.BY_UPDATE)))
            .addAttribute(
                    String.class,
                    attribute(Keys.STATUS_KEY, c -> c.status().name(), secondaryPartitionKey(Keys.BY_STATUS)))
            .addAttribute(
                    String.class,
                    attribute(
                            Keys.SPEAKER_KEY,
                            c -> Keys.nameKey(c.speaker().name()),
                            secondaryPartitionKey(Keys.BY_SPEAKER)))
            .addAttribute(
                    String.class,
                    attribute(
                            Keys.RATING_KEY,
                            c -> c.verdict() == null
                                    ? null
                                    : c.verdict().rating().name(),
                            secondaryPartitionKey(Keys.BY_RATING)))
            // For filtering a speaker's claims by outlet; the byOutlet index uses appearance items.
            .addAttribute(EnhancedType.setOf(String.class), attribute(Keys.OUTLET_KEYS, ClaimSchema::outletKeys))
            .build();

    private static Claim claim(ItemDraft d) {
        List<Appearance> appearances = d.get("appearances");
        List<String> topics = d.get("topics");
        Speaker speaker = d.get("speaker");
        // As stored: its duplicate marker was written with this key.
        String duplicateKey = d.has("duplicateKey")
                ? d.string("duplicateKey")
                : TextNormalizer.duplicateKey(speaker.name(), d.string("statement"));
        return new Claim(
                d.string(Keys.ID),
                d.string("statement"),
                speaker,
                appearances == null ? List.of() : appearances,
                d.string("claimDate"),
                d.string("language"),
                topics == null ? List.of() : topics,
                d.string("context"),
                ClaimStatus.valueOf(d.string("status")),
                d.get("verdict"),
                d.get("retraction"),
                d.<Long>get("version"),
                d.string("createdAt"),
                d.string("updatedAt"),
                new Caller(d.string("submittedByKeyId"), d.string("submittedBy")),
                duplicateKey);
    }

    /** Absent when empty: DynamoDB refuses an empty string set. */
    private static Set<String> outletKeys(Claim c) {
        Set<String> keys = new LinkedHashSet<>();
        for (Appearance a : c.appearances()) keys.add(Keys.nameKey(a.outlet()));
        return keys.isEmpty() ? null : keys;
    }

    static String pk(String claimId) {
        return PK_PREFIX.of(claimId);
    }

    static Key key(String claimId) {
        return Key.builder().partitionValue(pk(claimId)).sortValue(SK_VALUE).build();
    }

    /** Whether a partition key value is a claim's: every item under it belongs to that claim. */
    static boolean isClaimPk(String pk) {
        return PK_PREFIX.matches(pk);
    }

    static String claimIdOf(String pk) {
        return PK_PREFIX.rest(pk);
    }
}
