package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** How priming's writes are made bound to fail; that DynamoDB (the emulator) refuses them is PrimingIT's. */
class BoundWritesTest {
    private static final AttributeValue RESERVED = AttributeValue.fromS(BoundWrites.RESERVED);

    @Test
    void aPutMovesToTheReservedKeyOfItsTableAndRequiresThatItemToExist() {
        PutItemRequest put = PutItemRequest.builder()
                .tableName("keys")
                .item(Map.of("keyId", AttributeValue.fromS("01J0"), "owner", AttributeValue.fromS("o")))
                .conditionExpression("attribute_not_exists(#k)")
                .expressionAttributeNames(Map.of("#k", "keyId"))
                .build();

        PutItemRequest sent = (PutItemRequest) BoundWrites.rewrite(put);

        assertEquals(Map.of("keyId", RESERVED, "owner", AttributeValue.fromS("o")), sent.item());
        assertEquals("(attribute_not_exists(#k)) AND attribute_exists(#boundToFail)", sent.conditionExpression());
        assertEquals(Map.of("#k", "keyId", "#boundToFail", "keyId"), sent.expressionAttributeNames());
    }

    @Test
    void aClaimsTableItemUsesBothKeysEvenWhenItAlsoHoldsAnotherTablesKeyName() {
        PutItemRequest put = PutItemRequest.builder()
                .tableName("claims")
                .item(Map.of(
                        "pk", AttributeValue.fromS("SUBSCRIBER#k"),
                        "sk", AttributeValue.fromS("SUBSCRIPTION#s"),
                        "subscriptionId", AttributeValue.fromS("s")))
                .build();

        PutItemRequest sent = (PutItemRequest) BoundWrites.rewrite(put);

        assertEquals(RESERVED, sent.item().get("pk"));
        assertEquals(RESERVED, sent.item().get("sk"));
        assertEquals(AttributeValue.fromS("s"), sent.item().get("subscriptionId"));
        assertEquals("attribute_exists(#boundToFail)", sent.conditionExpression());
        assertEquals(Map.of("#boundToFail", "pk"), sent.expressionAttributeNames());
    }

    @Test
    void anUpdateKeepsItsExpressionsAndMovesToTheReservedKey() {
        UpdateItemRequest update = UpdateItemRequest.builder()
                .tableName("keys")
                .key(Map.of("keyId", AttributeValue.fromS("01J0")))
                .updateExpression("SET revoked = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))
                .build();
        UpdateItemRequest sent = (UpdateItemRequest) BoundWrites.rewrite(update);
        assertEquals(Map.of("keyId", RESERVED), sent.key());
        assertEquals("SET revoked = :t", sent.updateExpression());
        assertEquals(update.expressionAttributeValues(), sent.expressionAttributeValues());
        assertEquals("attribute_exists(#boundToFail)", sent.conditionExpression());
    }

    @Test
    void aTransactionsFirstActionMovesToTheReservedKeyKeepingItsKindAndTheOtherActions() {
        TransactWriteItem claim = TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName("claims")
                        .item(Map.of("pk", AttributeValue.fromS("CLAIM#1"), "sk", AttributeValue.fromS("CLAIM")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .build())
                .build();
        TransactWriteItem marker = TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName("claims")
                        .item(Map.of("pk", AttributeValue.fromS("DEDUP#h"), "sk", AttributeValue.fromS("DEDUP")))
                        .build())
                .build();
        TransactWriteItemsRequest transaction = TransactWriteItemsRequest.builder()
                .clientRequestToken("t")
                .transactItems(claim, marker)
                .build();

        TransactWriteItemsRequest sent = (TransactWriteItemsRequest) BoundWrites.rewrite(transaction);

        assertEquals(2, sent.transactItems().size());
        Put moved = sent.transactItems().getFirst().put();
        assertEquals("claims", moved.tableName());
        assertEquals(Map.of("pk", RESERVED, "sk", RESERVED), moved.item());
        assertEquals("(attribute_not_exists(pk)) AND attribute_exists(#boundToFail)", moved.conditionExpression());
        assertEquals(marker, sent.transactItems().get(1));
        assertEquals("t", sent.clientRequestToken());
    }

    @Test
    void readsAndItemsOfUnknownTablesAreLeftToBeStoppedBeforeSending() {
        assertNull(
                BoundWrites.rewrite(GetItemRequest.builder().tableName("claims").build()));
        assertNull(BoundWrites.rewrite(PutItemRequest.builder()
                .tableName("other")
                .item(Map.of("id", AttributeValue.fromS("x")))
                .build()));
    }
}
