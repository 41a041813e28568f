package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * GET /claims as one Query on the index of the most selective filter: speaker, then
 * outlet, then rating, then status; "since" alone reads byUpdate. The other filters
 * narrow that Query's results, so a page can hold fewer than {@code limit} claims while
 * more follow. The outlet index holds keys only, so its claims come by one BatchGetItem.
 */
final class ClaimQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDbClaimStore store;

    ClaimQueries(DynamoDbClient dynamo, String table, DynamoDbClaimStore store) {
        this.dynamo = dynamo;
        this.table = table;
        this.store = store;
    }

    /** Which index answers a query, and with which partition value. */
    private record Plan(String index, String partitionAttribute, String partitionValue, String sortAttribute) {}

    Page<Claim> list(ClaimQuery q) {
        Plan plan = plan(q);
        // No stored claim can have a key this long; never send one to DynamoDB.
        if (KeySizes.utf8Length(plan.partitionValue()) > KeySizes.PARTITION_KEY_BYTES) return new Page<>(List.of(), null);
        Set<String> cursorAttributes = plan.sortAttribute().equals(Keys.CLAIM_ID)
                ? Set.of(Keys.PK, Keys.SK, plan.partitionAttribute(), Keys.CLAIM_ID)
                : Set.of(Keys.PK, Keys.SK, plan.partitionAttribute(), plan.sortAttribute());
        Map<String, AttributeValue> start = Cursors.decode(q.cursor(), Cursors.Kind.CLAIM, cursorAttributes, plan.partitionAttribute(),
                plan.partitionValue());

        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#p", plan.partitionAttribute());
        values.put(":p", s(plan.partitionValue()));
        String keyCondition = "#p = :p";
        if (plan.index().equals(Keys.BY_UPDATE)) {
            names.put("#u", Keys.UPDATED_KEY);
            values.put(":since", s(q.since()));
            keyCondition += " AND #u >= :since";
        }
        List<String> filters = new ArrayList<>();
        boolean outletIndex = plan.index().equals(Keys.BY_OUTLET);
        if (!outletIndex) {
            if (q.status() != null && !plan.index().equals(Keys.BY_STATUS)) {
                names.put("#st", Keys.STATUS_KEY);
                values.put(":st", s(q.status().name()));
                filters.add("#st = :st");
            }
            if (q.rating() != null && !plan.index().equals(Keys.BY_RATING)) {
                names.put("#r", Keys.RATING_KEY);
                values.put(":r", s(q.rating().name()));
                filters.add("#r = :r");
            }
            if (q.outlet() != null) {
                names.put("#o", Keys.OUTLET_KEYS);
                values.put(":o", s(q.outlet()));
                filters.add("contains(#o, :o)");
            }
            if (q.since() != null && !plan.index().equals(Keys.BY_UPDATE)) {
                names.put("#ua", "updatedAt");
                values.put(":since", s(q.since()));
                filters.add("#ua >= :since");
            }
        }
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(plan.index())
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(q.limit())
                .exclusiveStartKey(start);
        if (!filters.isEmpty()) request.filterExpression(String.join(" AND ", filters));

        QueryResponse response;
        try {
            response = dynamo.query(request.build());
        } catch (DynamoDbException e) {
            // A cursor that passed our checks but still does not fit the index.
            if (start != null && e.statusCode() == 400 && !e.isThrottlingException()) throw new InvalidCursorException();
            throw Failures.translate(e);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        List<Claim> claims = outletIndex ? claimsOf(response.items(), q) : response.items().stream().map(ClaimItems::claim).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Cursors.encode(Cursors.Kind.CLAIM, response.lastEvaluatedKey())
                : null;
        return new Page<>(claims, next);
    }

    private static Plan plan(ClaimQuery q) {
        if (q.speaker() != null) return new Plan(Keys.BY_SPEAKER, Keys.SPEAKER_KEY, q.speaker(), Keys.ID);
        if (q.outlet() != null) return new Plan(Keys.BY_OUTLET, Keys.OUTLET_KEY, q.outlet(), Keys.CLAIM_ID);
        if (q.rating() != null) return new Plan(Keys.BY_RATING, Keys.RATING_KEY, q.rating().name(), Keys.ID);
        if (q.status() != null) return new Plan(Keys.BY_STATUS, Keys.STATUS_KEY, q.status().name(), Keys.ID);
        if (q.since() != null) return new Plan(Keys.BY_UPDATE, Keys.FEED_KEY, Keys.FEED_ALL, Keys.UPDATED_KEY);
        return new Plan(Keys.BY_CREATED, Keys.FEED_KEY, Keys.FEED_ALL, Keys.ID);
    }

    /** The claims behind outlet index entries, in index order, narrowed by the other filters. */
    private List<Claim> claimsOf(List<Map<String, AttributeValue>> entries, ClaimQuery q) {
        List<String> ids = entries.stream().map(e -> e.get(Keys.CLAIM_ID).s()).distinct().toList();
        if (ids.isEmpty()) return List.of();
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (Claim c : store.findAll(ids)) byId.put(c.id(), c);
        Predicate<Claim> keep = c -> (q.status() == null || c.status() == q.status())
                && (q.rating() == null || (c.verdict() != null && c.verdict().rating() == q.rating()))
                && (q.since() == null || c.updatedAt().compareTo(q.since()) >= 0);
        return ids.stream().map(byId::get).filter(c -> c != null && keep.test(c)).toList();
    }
}
