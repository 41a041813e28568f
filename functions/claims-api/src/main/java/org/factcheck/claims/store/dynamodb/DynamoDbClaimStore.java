package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** {@link ClaimStore} on one DynamoDB table; see {@link Keys} for the layout. */
public final class DynamoDbClaimStore implements ClaimStore {
    private static final String NOT_EXISTS = "attribute_not_exists(pk)";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbClaimStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(Claim claim) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(ClaimItems.claimItem(claim), NOT_EXISTS));
        Map<String, AttributeValue> dedup = Attributes.newItem();
        dedup.put(Keys.PK, s(Keys.dedupPk(claim.duplicateKey())));
        dedup.put(Keys.SK, s("DEDUP"));
        dedup.put("claimId", s(claim.id()));
        writes.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(table).item(dedup).conditionExpression(NOT_EXISTS)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build());
        for (Appearance a : claim.appearances()) {
            writes.add(put(ClaimItems.appearanceItem(claim, a), null));
        }
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            CancellationReason dedupReason = e.cancellationReasons().size() > 1 ? e.cancellationReasons().get(1) : null;
            if (dedupReason != null && "ConditionalCheckFailed".equals(dedupReason.code())) {
                throw new DuplicateClaimException(existingClaimId(dedupReason, claim.duplicateKey()));
            }
            throw Failures.translate(e);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private String existingClaimId(CancellationReason reason, String duplicateKey) {
        if (reason.hasItem() && reason.item().containsKey("claimId")) {
            return reason.item().get("claimId").s();
        }
        GetItemResponse marker = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.dedupPk(duplicateKey)), Keys.SK, s("DEDUP"))));
        return marker.item().get("claimId").s();
    }

    @Override
    public Optional<Claim> find(String claimId) {
        try {
            GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Map.of(Keys.PK, s(Keys.claimPk(claimId)), Keys.SK, s(Keys.CLAIM_SK))));
            return response.hasItem() && !response.item().isEmpty()
                    ? Optional.of(ClaimItems.claim(response.item()))
                    : Optional.empty();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) put.conditionExpression(condition);
        return TransactWriteItem.builder().put(put.build()).build();
    }
}
