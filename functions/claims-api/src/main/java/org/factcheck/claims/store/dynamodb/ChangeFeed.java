package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The change feed, oldest first. A position is a string every served id is at most: an
 * event id, or a 10-character time prefix (which sorts before every id of its millisecond).
 * A page finds the next day with events from the day markers (one Query), reads that day's
 * shards after the position (one Query each) and merges them by id, serving only ids up to
 * the lowest point every shard was read to; then at most one more day. So a page costs at
 * most {@value #DAYS_PER_PAGE} × (1 + {@value EventSchema#SHARDS}) Queries, however many
 * days were quiet. Only settled events are served (see {@link ChangeQuery#settledBefore}).
 */
final class ChangeFeed {
    static final int DAYS_PER_PAGE = 2;

    private final ClaimTable table;

    ChangeFeed(ClaimTable table) {
        this.table = table;
    }

    ChangePage page(ChangeQuery q) {
        String horizon = Ulid.timePrefix(q.settledBefore().toEpochMilli());
        String oldest =
                Ulid.timePrefix(q.settledBefore().minus(EventSchema.RETENTION).toEpochMilli());
        String position = q.cursor() == null
                ? oldest
                : Cursors.decodePosition(q.cursor(), Cursors.Kind.CHANGE, p -> Ulid.isValid(p) || Ulid.isTimePrefix(p));
        if (position.compareTo(oldest) < 0) position = oldest; // older events have expired
        List<ChangeEvent> items = new ArrayList<>();
        for (int day = 0; day < DAYS_PER_PAGE && items.size() < q.limit() && position.compareTo(horizon) < 0; day++) {
            String marked = nextMarkedDay(EventSchema.day(position));
            if (marked == null) {
                position = horizon;
                break;
            }
            if (!marked.equals(EventSchema.day(position)))
                position = Ulid.timePrefix(EventSchema.startOf(marked)); // the days between had no events
            if (position.compareTo(horizon) >= 0) {
                position = horizon;
                break;
            }
            String dayEnd = Ulid.timePrefix(EventSchema.startOf(EventSchema.next(marked)));
            String upper = dayEnd.compareTo(horizon) < 0 ? dayEnd : horizon;
            position = readDay(marked, position, upper, q, items);
        }
        // A position past the horizon (a cursor from a later clock) is kept: the feed never goes back.
        return new ChangePage(
                List.copyOf(items),
                Cursors.encodePosition(Cursors.Kind.CHANGE, position),
                position.compareTo(horizon) < 0);
    }

    /** The first day from {@code fromDay} on that has a marker, or null. */
    private String nextMarkedDay(String fromDay) {
        try {
            List<EventSchema.DayMarker> markers = table.dayMarkers()
                    .query(QueryEnhancedRequest.builder()
                            .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(EventSchema.markerKey(fromDay)))
                            .consistentRead(true)
                            .limit(1)
                            .build())
                    .iterator()
                    .next()
                    .items();
            return markers.isEmpty() ? null : markers.getFirst().day();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    /**
     * Adds to {@code items} the day's events after {@code position} and before
     * {@code upper}, in id order, up to the page's limit; returns the new position.
     */
    private String readDay(String day, String position, String upper, ChangeQuery q, List<ChangeEvent> items) {
        int need = q.limit() - items.size();
        // BETWEEN is inclusive: position + "0" is above the position and below every id after it;
        // upper is a time prefix, below every id of its millisecond.
        String lower = position + "0";
        List<ChangeEvent> read = new ArrayList<>();
        String frontier = upper;
        for (int shard = 0; shard < EventSchema.SHARDS; shard++) {
            String partition = EventSchema.partition(day, shard);
            var page = queryShard(partition, lower, upper, need, q);
            read.addAll(page.items());
            Map<String, AttributeValue> last = page.lastEvaluatedKey();
            if (last != null && !last.isEmpty()) {
                String readTo = last.get(Keys.SK).s();
                if (readTo.compareTo(frontier) < 0) frontier = readTo;
            }
        }
        // Every shard has been read up to the frontier: ids beyond it wait for the next page.
        String readTo = frontier;
        List<ChangeEvent> merged = read.stream()
                .filter(e -> e.id().compareTo(readTo) <= 0)
                .sorted(Comparator.comparing(ChangeEvent::id))
                .toList();
        if (merged.size() >= need) {
            items.addAll(merged.subList(0, need));
            return merged.get(need - 1).id();
        }
        items.addAll(merged);
        return frontier;
    }

    private Page<ChangeEvent> queryShard(String partition, String lower, String upper, int limit, ChangeQuery q) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        EventSchema.sortKey(partition, lower), EventSchema.sortKey(partition, upper)))
                .consistentRead(true)
                .limit(limit);
        Expression filter = filter(q);
        if (filter != null) request.filterExpression(filter);
        try {
            return table.events().query(request.build()).iterator().next();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private static Expression filter(ChangeQuery q) {
        if (q.type() == null && q.claimId() == null) return null;
        Expression.Builder filter = Expression.builder();
        List<String> terms = new ArrayList<>();
        if (q.type() != null) {
            terms.add("#type = :type");
            filter.putExpressionName("#type", "type").putExpressionValue(":type", AttributeValue.fromS(q.type()));
        }
        if (q.claimId() != null) {
            terms.add("#claimId = :claimId");
            filter.putExpressionName("#claimId", Keys.CLAIM_ID)
                    .putExpressionValue(":claimId", AttributeValue.fromS(q.claimId()));
        }
        return filter.expression(String.join(" AND ", terms)).build();
    }
}
