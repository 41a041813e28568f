package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a PATCH of a claim: a status change and/or edits of context, topics and claimDate. */
public final class ClaimPatchInput {
    private static final Set<String> FIELDS = Set.of("status", "reason", "context", "topics", "claimDate");

    private ClaimPatchInput() {}

    public static ClaimPatch patch(Object body, JsonReader in) {
        Map<String, Object> obj = in.object(body, "", FIELDS);
        if (obj == null) return null;
        if (obj.isEmpty()) {
            in.error("", "must change at least one of " + FIELDS);
            return null;
        }
        ClaimStatus status = in.enumValue(obj, "status", "", ClaimStatus.class, false);
        String reason = in.string(obj, "reason", "", status == ClaimStatus.RETRACTED, 1, 2000);
        if (obj.containsKey("reason") && status != ClaimStatus.RETRACTED && !in.hasErrors()) {
            in.error("/reason", "is only allowed with status RETRACTED");
        }
        String context = in.string(obj, "context", "", false, 1, 2000);
        String claimDate = in.date(obj, "claimDate", "");
        List<String> topics = null;
        if (obj.containsKey("topics")) {
            List<Object> list = in.list(obj, "topics", "", true, 0, ClaimInput.MAX_TOPICS);
            if (list != null) {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    String topic = in.checkString(list.get(i), "/topics/" + i, 1, 50);
                    if (topic != null && !out.contains(topic)) out.add(topic);
                }
                topics = List.copyOf(out);
            }
        }
        if (in.hasErrors()) return null;
        return new ClaimPatch(
                status,
                reason,
                context,
                obj.containsKey("context") && obj.get("context") == null,
                topics,
                claimDate,
                obj.containsKey("claimDate") && obj.get("claimDate") == null);
    }
}
