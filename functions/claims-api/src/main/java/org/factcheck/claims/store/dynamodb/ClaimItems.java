package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.list;
import static org.factcheck.claims.store.dynamodb.Attributes.listOrEmpty;
import static org.factcheck.claims.store.dynamodb.Attributes.map;
import static org.factcheck.claims.store.dynamodb.Attributes.mapOrNull;
import static org.factcheck.claims.store.dynamodb.Attributes.n;
import static org.factcheck.claims.store.dynamodb.Attributes.newItem;
import static org.factcheck.claims.store.dynamodb.Attributes.number;
import static org.factcheck.claims.store.dynamodb.Attributes.putIfPresent;
import static org.factcheck.claims.store.dynamodb.Attributes.s;
import static org.factcheck.claims.store.dynamodb.Attributes.string;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Retraction;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.Verdict;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The static mapping between domain records and DynamoDB items: no reflection. Audit
 * fields keep the owner label where they always did and add the key id beside it
 * ({@code submittedByKeyId}, {@code reviewerKeyId}, {@code byKeyId}); older items lack it.
 */
final class ClaimItems {
    private ClaimItems() {}

    static Map<String, AttributeValue> claimItem(Claim c) {
        Map<String, AttributeValue> item = newItem();
        item.put(Keys.PK, s(Keys.claimPk(c.id())));
        item.put(Keys.SK, s(Keys.CLAIM_SK));
        item.put(Keys.ID, s(c.id()));
        item.put("statement", s(c.statement()));
        item.put("speaker", map(speaker(c.speaker())));
        item.put("appearances", list(c.appearances().stream().map(a -> map(appearance(a))).toList()));
        putIfPresent(item, "claimDate", c.claimDate());
        item.put("language", s(c.language()));
        item.put("topics", list(c.topics().stream().map(Attributes::s).toList()));
        putIfPresent(item, "context", c.context());
        item.put("status", s(c.status().name()));
        if (c.verdict() != null) item.put("verdict", map(verdict(c.verdict())));
        if (c.retraction() != null) item.put("retraction", map(retraction(c.retraction())));
        item.put("version", n(c.version()));
        item.put("createdAt", s(c.createdAt()));
        item.put("updatedAt", s(c.updatedAt()));
        item.put("submittedBy", s(c.submittedBy().owner()));
        putIfPresent(item, "submittedByKeyId", c.submittedBy().keyId());
        item.put("duplicateKey", s(c.duplicateKey()));
        item.putAll(indexKeys(c));
        return item;
    }

    /** The index attributes of a claim item, derived from the claim on every write. */
    static Map<String, AttributeValue> indexKeys(Claim c) {
        Map<String, AttributeValue> keys = newItem();
        keys.put(Keys.FEED_KEY, s(Keys.FEED_ALL));
        keys.put(Keys.UPDATED_KEY, s(Keys.updatedKey(c.updatedAt(), c.id())));
        keys.put(Keys.STATUS_KEY, s(c.status().name()));
        keys.put(Keys.SPEAKER_KEY, s(Keys.nameKey(c.speaker().name())));
        if (c.verdict() != null) keys.put(Keys.RATING_KEY, s(c.verdict().rating().name()));
        // For filtering a speaker's claims by outlet; the byOutlet index uses appearance items.
        List<String> outlets = c.appearances().stream().map(a -> Keys.nameKey(a.outlet())).distinct().toList();
        if (!outlets.isEmpty()) keys.put(Keys.OUTLET_KEYS, AttributeValue.fromSs(outlets));
        return keys;
    }

    /** The byOutlet index entry of one appearance. Never changes once written. */
    static Map<String, AttributeValue> appearanceItem(String claimId, Appearance a) {
        Map<String, AttributeValue> item = newItem();
        item.put(Keys.PK, s(Keys.claimPk(claimId)));
        item.put(Keys.SK, s(Keys.appearanceSk(a.outlet())));
        item.put(Keys.OUTLET_KEY, s(Keys.nameKey(a.outlet())));
        item.put(Keys.CLAIM_ID, s(claimId));
        return item;
    }

    static Map<String, AttributeValue> verdictItem(String claimId, Verdict v) {
        Map<String, AttributeValue> item = verdict(v);
        item.put(Keys.PK, s(Keys.claimPk(claimId)));
        item.put(Keys.SK, s(Keys.verdictSk(v.revision())));
        return item;
    }

    static Claim claim(Map<String, AttributeValue> item) {
        return new Claim(
                string(item, "id"),
                string(item, "statement"),
                speaker(item.get("speaker").m()),
                listOrEmpty(item, "appearances").stream().map(v -> appearance(v.m())).toList(),
                string(item, "claimDate"),
                string(item, "language"),
                listOrEmpty(item, "topics").stream().map(AttributeValue::s).toList(),
                string(item, "context"),
                ClaimStatus.valueOf(string(item, "status")),
                mapOrNull(item, "verdict") == null ? null : verdict(mapOrNull(item, "verdict")),
                mapOrNull(item, "retraction") == null ? null : retraction(mapOrNull(item, "retraction")),
                number(item, "version"),
                string(item, "createdAt"),
                string(item, "updatedAt"),
                new Caller(string(item, "submittedByKeyId"), string(item, "submittedBy")));
    }

    static Map<String, AttributeValue> speaker(Speaker sp) {
        Map<String, AttributeValue> m = newItem();
        m.put("name", s(sp.name()));
        putIfPresent(m, "title", sp.title());
        putIfPresent(m, "wikidataId", sp.wikidataId());
        m.put("type", s(sp.type().wireName()));
        return m;
    }

    static Speaker speaker(Map<String, AttributeValue> m) {
        String name = string(m, "name");
        SpeakerType type = SpeakerType.fromWireName(string(m, "type"));
        // Items written before speakers had a type have none.
        return new Speaker(name, string(m, "title"), string(m, "wikidataId"),
                type != null ? type : SpeakerType.ofStoredName(name));
    }

    static Map<String, AttributeValue> appearance(Appearance a) {
        Map<String, AttributeValue> m = newItem();
        m.put("outlet", s(a.outlet()));
        putIfPresent(m, "url", a.url());
        putIfPresent(m, "headline", a.headline());
        putIfPresent(m, "publishedAt", a.publishedAt());
        return m;
    }

    static Appearance appearance(Map<String, AttributeValue> m) {
        return new Appearance(string(m, "outlet"), string(m, "url"), string(m, "headline"), string(m, "publishedAt"));
    }

    static Map<String, AttributeValue> verdict(Verdict v) {
        Map<String, AttributeValue> m = newItem();
        m.put("id", s(v.id()));
        m.put("revision", n(v.revision()));
        m.put("rating", s(v.rating().name()));
        putIfPresent(m, "textualRating", v.textualRating());
        m.put("summary", s(v.summary()));
        m.put("evidence", list(v.evidence().stream().map(e -> {
            Map<String, AttributeValue> em = newItem();
            em.put("url", s(e.url()));
            putIfPresent(em, "title", e.title());
            return map(em);
        }).toList()));
        putIfPresent(m, "reviewUrl", v.reviewUrl());
        m.put("reviewer", s(v.reviewer().owner()));
        putIfPresent(m, "reviewerKeyId", v.reviewer().keyId());
        m.put("publishedAt", s(v.publishedAt()));
        return m;
    }

    static Verdict verdict(Map<String, AttributeValue> m) {
        List<Evidence> evidence = listOrEmpty(m, "evidence").stream()
                .map(v -> new Evidence(string(v.m(), "url"), string(v.m(), "title")))
                .toList();
        return new Verdict(string(m, "id"), (int) number(m, "revision"), Rating.valueOf(string(m, "rating")),
                string(m, "textualRating"), string(m, "summary"), evidence, string(m, "reviewUrl"),
                new Caller(string(m, "reviewerKeyId"), string(m, "reviewer")), string(m, "publishedAt"));
    }

    static Map<String, AttributeValue> retraction(Retraction r) {
        Map<String, AttributeValue> m = newItem();
        m.put("reason", s(r.reason()));
        m.put("at", s(r.at()));
        m.put("by", s(r.by().owner()));
        putIfPresent(m, "byKeyId", r.by().keyId());
        return m;
    }

    static Retraction retraction(Map<String, AttributeValue> m) {
        return new Retraction(string(m, "reason"), string(m, "at"), new Caller(string(m, "byKeyId"), string(m, "by")));
    }
}
