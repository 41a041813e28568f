package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * GET /claims as one Query on the index of the most selective filter: speaker, then
 * outlet, then rating, then status; "since" alone reads byUpdate. The other filters
 * narrow that Query's results, so a page can hold fewer than {@code limit} claims while
 * more follow. The outlet index holds keys only, so its claims come by one BatchGetItem.
 */
final class ClaimQueries {
    private final ClaimTable table;

    ClaimQueries(ClaimTable table) {
        this.table = table;
    }

    /** Which index answers a query, and with which partition value. */
    private record Plan(String index, String partitionValue) {}

    Page<Claim> list(ClaimQuery q) {
        Plan plan = plan(q);
        // No stored claim can have a key this long; never send one to DynamoDB.
        if (KeySizes.utf8Length(plan.partitionValue()) > KeySizes.PARTITION_KEY_BYTES)
            return new Page<>(List.of(), null);
        boolean outletIndex = plan.index().equals(Keys.BY_OUTLET);
        Map<String, AttributeValue> start = Cursors.decode(
                q.cursor(),
                Cursors.Kind.CLAIM,
                outletIndex ? AppearanceSchema.SCHEMA : ClaimSchema.SCHEMA,
                plan.index(),
                plan.partitionValue());
        Key.Builder key = Key.builder().partitionValue(plan.partitionValue());
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(
                        plan.index().equals(Keys.BY_UPDATE)
                                ? QueryConditional.sortGreaterThanOrEqualTo(
                                        key.sortValue(q.since()).build())
                                : QueryConditional.keyEqualTo(key.build()))
                .scanIndexForward(false)
                .limit(q.limit())
                .exclusiveStartKey(start);
        if (!outletIndex) {
            Expression filter = filter(q, plan);
            if (filter != null) request.filterExpression(filter);
        }

        List<String> outletClaimIds = null;
        List<Claim> claims = null;
        Map<String, AttributeValue> lastKey;
        try {
            if (outletIndex) {
                var page = table.appearances()
                        .index(plan.index())
                        .query(request.build())
                        .iterator()
                        .next();
                outletClaimIds = page.items().stream()
                        .map(AppearanceSchema.Entry::claimId)
                        .distinct()
                        .toList();
                lastKey = page.lastEvaluatedKey();
            } else {
                var page = table.claims()
                        .index(plan.index())
                        .query(request.build())
                        .iterator()
                        .next();
                claims = page.items();
                lastKey = page.lastEvaluatedKey();
            }
        } catch (DynamoDbException e) {
            // A cursor that passed our checks but still does not fit the index.
            if (start != null && e.statusCode() == 400 && !e.isThrottlingException())
                throw new InvalidCursorException();
            throw Failures.translate(e);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        if (outletIndex) claims = claimsOf(outletClaimIds, q);
        String next = lastKey != null && !lastKey.isEmpty() ? Cursors.encode(Cursors.Kind.CLAIM, lastKey) : null;
        return new Page<>(claims, next);
    }

    private static Plan plan(ClaimQuery q) {
        if (q.speaker() != null) return new Plan(Keys.BY_SPEAKER, q.speaker());
        if (q.outlet() != null) return new Plan(Keys.BY_OUTLET, q.outlet());
        if (q.rating() != null) return new Plan(Keys.BY_RATING, q.rating().name());
        if (q.status() != null) return new Plan(Keys.BY_STATUS, q.status().name());
        if (q.since() != null) return new Plan(Keys.BY_UPDATE, ClaimSchema.FEED_ALL);
        return new Plan(Keys.BY_CREATED, ClaimSchema.FEED_ALL);
    }

    /** The filters the chosen index does not answer itself; null when there are none. */
    private static Expression filter(ClaimQuery q, Plan plan) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> filters = new ArrayList<>();
        if (q.status() != null && !plan.index().equals(Keys.BY_STATUS)) {
            names.put("#st", Keys.STATUS_KEY);
            values.put(":st", AttributeValue.fromS(q.status().name()));
            filters.add("#st = :st");
        }
        if (q.rating() != null && !plan.index().equals(Keys.BY_RATING)) {
            names.put("#r", Keys.RATING_KEY);
            values.put(":r", AttributeValue.fromS(q.rating().name()));
            filters.add("#r = :r");
        }
        if (q.outlet() != null) {
            names.put("#o", Keys.OUTLET_KEYS);
            values.put(":o", AttributeValue.fromS(q.outlet()));
            filters.add("contains(#o, :o)");
        }
        if (q.since() != null && !plan.index().equals(Keys.BY_UPDATE)) {
            names.put("#ua", "updatedAt");
            values.put(":since", AttributeValue.fromS(q.since()));
            filters.add("#ua >= :since");
        }
        if (filters.isEmpty()) return null;
        return Expression.builder()
                .expression(String.join(" AND ", filters))
                .expressionNames(names)
                .expressionValues(values)
                .build();
    }

    /** The claims behind outlet index entries, in index order, narrowed by the other filters. */
    private List<Claim> claimsOf(List<String> ids, ClaimQuery q) {
        if (ids.isEmpty()) return List.of();
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (Claim c : BatchReads.get(
                table.client(),
                table.claims(),
                ids.stream().map(ClaimSchema::key).toList())) {
            byId.put(c.id(), c);
        }
        Predicate<Claim> keep = c -> (q.status() == null || c.status() == q.status())
                && (q.rating() == null || (c.verdict() != null && c.verdict().rating() == q.rating()))
                && (q.since() == null || c.updatedAt().compareTo(q.since()) >= 0);
        return ids.stream()
                .map(byId::get)
                .filter(c -> c != null && keep.test(c))
                .toList();
    }
}
