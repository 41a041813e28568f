package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a verdict submission. */
public final class VerdictInput {
    public static final int MAX_EVIDENCE = 20;
    private static final Set<String> FIELDS = Set.of("rating", "textualRating", "summary", "evidence", "reviewUrl");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("url", "title");

    private VerdictInput() {}

    public static NewVerdict verdict(Object body, JsonReader in) {
        Map<String, Object> obj = in.object(body, "", FIELDS);
        if (obj == null) return null;
        Rating rating = in.enumValue(obj, "rating", "", Rating.class, true);
        String textualRating = in.string(obj, "textualRating", "", false, 1, 100);
        String summary = in.string(obj, "summary", "", true, 1, 5000);
        List<Object> list = in.list(obj, "evidence", "", true, 1, MAX_EVIDENCE);
        List<Evidence> evidence = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                String at = "/evidence/" + i;
                Map<String, Object> e = in.object(list.get(i), at, EVIDENCE_FIELDS);
                if (e == null) continue;
                String url = in.url(e, "url", at, true);
                String title = in.string(e, "title", at, false, 1, 500);
                if (url != null) evidence.add(new Evidence(url, title));
            }
        }
        String reviewUrl = in.url(obj, "reviewUrl", "", false);
        if (in.hasErrors()) return null;
        return new NewVerdict(rating, textualRating, summary, List.copyOf(evidence), reviewUrl);
    }
}
