package org.factcheck.claims.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.ArticlePlan;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.FieldError;
import org.factcheck.claims.json.Json;

/** Responses and problems that several claim handlers share. */
final class ClaimResponses {
    private ClaimResponses() {}

    /** A claim as the body, with its ETag. */
    static ApiResponse claim(int status, Claim claim) {
        return ApiResponse.json(status, Json.write(ClaimRepresentation.claim(claim)))
                .withHeader("ETag", claim.etag());
    }

    /** 304 for a conditional GET whose ETag is still current. */
    static ApiResponse notModified(Claim claim) {
        return ApiResponse.empty(304).withHeader("ETag", claim.etag()).withHeader("Cache-Control", "no-cache");
    }

    static Problem duplicate(String existingClaimId) {
        return Problem.conflict(
                        "duplicate-claim",
                        "Duplicate claim",
                        "this statement by this speaker is already stored as claim " + existingClaimId)
                .with("existingClaimId", existingClaimId);
    }

    /** 409 for an article whose claims match stored claims that cannot be linked. */
    static Problem articleConflict(List<FieldError> refused) {
        return Problem.conflict(
                        "article-conflict",
                        "Claims cannot be linked",
                        refused.size() + " claim(s) match retracted or full claims")
                .with(
                        "errors",
                        refused.stream()
                                .map(e -> Map.of("pointer", e.pointer(), "message", e.message()))
                                .toList());
    }

    /** The body of an article import: what became of each of its claims, in order. */
    static Map<String, Object> article(String url, String outlet, ArticlePlan plan) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (ArticlePlan.Outcome outcome : plan.outcomes()) {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("index", outcome.index());
            claim.put("id", outcome.claimId());
            claim.put("result", outcome.created() ? "created" : "linked");
            claims.add(claim);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("outlet", outlet);
        body.put("claims", claims);
        return body;
    }
}
