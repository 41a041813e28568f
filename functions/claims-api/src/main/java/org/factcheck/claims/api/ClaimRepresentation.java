package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Retraction;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.Verdict;

/** The JSON shapes of claims and verdicts, as documented in openapi.yaml. Absent optional values are null. */
public final class ClaimRepresentation {
    private ClaimRepresentation() {}

    public static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("speaker", speaker(c.speaker()));
        m.put(
                "appearances",
                c.appearances().stream().map(ClaimRepresentation::appearance).toList());
        m.put("claimDate", c.claimDate());
        m.put("language", c.language());
        m.put("topics", c.topics());
        m.put("context", c.context());
        m.put("status", c.status().name());
        m.put("verdict", c.verdict() == null ? null : verdict(c.verdict()));
        m.put("retraction", c.retraction() == null ? null : retraction(c.retraction()));
        m.put("version", c.version());
        m.put("createdAt", c.createdAt());
        m.put("updatedAt", c.updatedAt());
        m.put("submittedBy", c.submittedBy().owner());
        m.put("submittedByKeyId", c.submittedBy().keyId());
        return m;
    }

    public static Map<String, Object> appearance(Appearance a) {
        return object("outlet", a.outlet(), "url", a.url(), "headline", a.headline(), "publishedAt", a.publishedAt());
    }

    public static Map<String, Object> verdict(Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("revision", v.revision());
        m.put("rating", v.rating().name());
        m.put("textualRating", v.textualRating());
        m.put("summary", v.summary());
        m.put(
                "evidence",
                v.evidence().stream().map(ClaimRepresentation::evidence).toList());
        m.put("reviewUrl", v.reviewUrl());
        m.put("reviewer", v.reviewer().owner());
        m.put("reviewerKeyId", v.reviewer().keyId());
        m.put("publishedAt", v.publishedAt());
        return m;
    }

    private static Map<String, Object> speaker(Speaker s) {
        return object(
                "name",
                s.name(),
                "title",
                s.title(),
                "wikidataId",
                s.wikidataId(),
                "type",
                s.type().wireName());
    }

    private static Map<String, Object> retraction(Retraction r) {
        return object("reason", r.reason(), "at", r.at(), "by", r.by().owner(), "byKeyId", r.by().keyId());
    }

    private static Map<String, Object> evidence(Evidence e) {
        return object("url", e.url(), "title", e.title());
    }

    /** A JSON object of these names and values, in this order; null values stay (Map.of refuses them). */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return m;
    }
}
