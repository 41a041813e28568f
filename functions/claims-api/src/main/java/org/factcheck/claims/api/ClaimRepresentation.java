package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Verdict;

/** The JSON shapes of claims and verdicts, as documented in openapi.yaml. Absent optional values are null. */
public final class ClaimRepresentation {
    private ClaimRepresentation() {}

    public static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", c.speaker().name());
        speaker.put("title", c.speaker().title());
        speaker.put("wikidataId", c.speaker().wikidataId());
        speaker.put("type", c.speaker().type().wireName());
        m.put("speaker", speaker);
        m.put(
                "appearances",
                c.appearances().stream().map(ClaimRepresentation::appearance).toList());
        m.put("claimDate", c.claimDate());
        m.put("language", c.language());
        m.put("topics", c.topics());
        m.put("context", c.context());
        m.put("status", c.status().name());
        m.put("verdict", c.verdict() == null ? null : verdict(c.verdict()));
        Map<String, Object> retraction = null;
        if (c.retraction() != null) {
            retraction = new LinkedHashMap<>();
            retraction.put("reason", c.retraction().reason());
            retraction.put("at", c.retraction().at());
            retraction.put("by", c.retraction().by().owner());
            retraction.put("byKeyId", c.retraction().by().keyId());
        }
        m.put("retraction", retraction);
        m.put("version", c.version());
        m.put("createdAt", c.createdAt());
        m.put("updatedAt", c.updatedAt());
        m.put("submittedBy", c.submittedBy().owner());
        m.put("submittedByKeyId", c.submittedBy().keyId());
        return m;
    }

    public static Map<String, Object> appearance(Appearance a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outlet", a.outlet());
        m.put("url", a.url());
        m.put("headline", a.headline());
        m.put("publishedAt", a.publishedAt());
        return m;
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

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", e.url());
        m.put("title", e.title());
        return m;
    }
}
