package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.contract.Claims;
import org.factcheck.claims.testing.TestSubscriptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The answers priming's refused writes and sample reads get; that the client parses them is PrimingIT's. */
class PrimingAnswersTest {

    @Test
    void aWriteThatReturnsNothingIsAnsweredWithAnEmptyObject() {
        assertEquals("{}", answer(PutItemRequest.builder().tableName("t").build()));
        assertEquals("{}", answer(TransactWriteItemsRequest.builder().build()));
        assertEquals(
                "{}",
                answer(UpdateItemRequest.builder()
                        .key(Map.of("keyId", AttributeValue.fromS("01J0")))
                        .updateExpression("SET revoked = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))
                        .build()));
    }

    @Test
    void anUpdateReturningNewValuesIsAnsweredWithItsKeyAndThePlainValuesItsSetActionsAssign() {
        UpdateItemRequest update = UpdateItemRequest.builder()
                .key(Map.of("keyId", AttributeValue.fromS("01J0")))
                .updateExpression("SET #r = :t, revokedAt = if_not_exists(revokedAt, :at), #v = #v + :one"
                        + " REMOVE usageKeyId ADD uses :one")
                .expressionAttributeNames(Map.of("#r", "revoked", "#v", "version"))
                .expressionAttributeValues(Map.of(
                        ":t", AttributeValue.fromBool(true),
                        ":at", AttributeValue.fromS("2026-11-29T20:00:00Z"),
                        ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.ALL_NEW)
                .build();

        assertEquals(
                Map.of(
                        "Attributes",
                        Map.of(
                                "keyId", Map.of("S", "01J0"),
                                "revoked", Map.of("BOOL", true),
                                "revokedAt", Map.of("S", "2026-11-29T20:00:00Z"))),
                Json.parse(answer(update)));
    }

    @Test
    void anUpdateUnderASampleIsAnsweredWithTheSamplesItemAsTheUpdateLeavesIt() {
        ApiKeyRecord sample = new ApiKeyRecord(
                "01J0", "hash", "priming", Role.READER, "2023-07-27T12:00:00Z", null, false, null, "uk", null);
        UpdateItemRequest revoke = UpdateItemRequest.builder()
                .key(Map.of("keyId", AttributeValue.fromS("01J0")))
                .updateExpression("SET revoked = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))
                .returnValues(ReturnValue.ALL_NEW)
                .build();

        Map<String, AttributeValue> expected = new HashMap<>(ApiKeySchema.SCHEMA.itemToMap(sample, true));
        expected.put("revoked", AttributeValue.fromBool(true));
        assertEquals(
                Map.of("Attributes", PrimingAnswers.json(expected)),
                Json.parse(new String(PrimingAnswers.successOf(revoke, sample), StandardCharsets.UTF_8)));
    }

    @Test
    void aReadUnderASampleFindsTheSamplesItemAsItsSchemaWritesIt() {
        ApiKeyRecord sample = new ApiKeyRecord(
                "01J0", "hash", "priming", Role.READER, "2023-07-27T12:00:00Z", null, false, null, "uk", null);

        Object found = Json.parse(new String(PrimingAnswers.foundOf(sample), StandardCharsets.UTF_8));

        assertEquals(Map.of("Item", PrimingAnswers.json(ApiKeySchema.SCHEMA.itemToMap(sample, true))), found);
        assertEquals(sample, ApiKeySchema.SCHEMA.mapToItem(PrimingAnswers.itemOf(sample)), "the store maps it back");
        assertNull(PrimingAnswers.foundOf(null), "no sample: DynamoDB's own answer stands");
        assertNull(PrimingAnswers.foundOf("a kind not stored as one item"));
    }

    @Test
    void aQueryUnderAClaimFindsItsVerdictHistoryNewestFirstEndingAtTheClaim() {
        Claim rated = Claims.rated(
                Claims.withStatus(Claims.claim("Speaker", "A statement"), ClaimStatus.IN_REVIEW), Rating.FALSE);

        Map<?, ?> answer = (Map<?, ?>) Json.parse(new String(PrimingAnswers.queriedOf(rated), StandardCharsets.UTF_8));

        assertEquals(2, answer.get("Count"));
        List<?> items = (List<?>) answer.get("Items");
        assertEquals(PrimingAnswers.json(PrimingAnswers.itemOf(rated)), items.get(1), "the claim's item, last");
        assertEquals(
                PrimingAnswers.json(
                        VerdictSchema.ITEM.itemToMap(new VerdictSchema.Entry(rated.id(), rated.verdict()), true)),
                items.getFirst());
        assertNull(PrimingAnswers.queriedOf(null), "no sample: DynamoDB's own answer stands");
        assertNull(PrimingAnswers.queriedOf("not a claim"));
    }

    @Test
    void theMatchIndexAndABatchReadUnderASubscriptionFindIt() {
        Subscription sample =
                TestSubscriptions.active("https://example.org/hook", Subscription.EVENT_TYPES, SubscriptionFilter.ALL);

        Map<?, ?> queried =
                (Map<?, ?>) Json.parse(new String(PrimingAnswers.queriedOf(sample), StandardCharsets.UTF_8));
        assertEquals(
                List.of(PrimingAnswers.json(SubscriptionMatchSchema.item(SubscriptionFilter.MatchKey.ALL, sample))),
                queried.get("Items"));

        BatchGetItemRequest batch = BatchGetItemRequest.builder()
                .requestItems(Map.of(
                        "claims",
                        KeysAndAttributes.builder().keys(List.of(Map.of())).build()))
                .build();
        Map<?, ?> found =
                (Map<?, ?>) Json.parse(new String(PrimingAnswers.batchFoundOf(batch, sample), StandardCharsets.UTF_8));
        assertEquals(
                Map.of("claims", List.of(PrimingAnswers.json(PrimingAnswers.itemOf(sample)))), found.get("Responses"));
        assertEquals(
                sample, SubscriptionSchema.SCHEMA.mapToItem(PrimingAnswers.itemOf(sample)), "the store maps it back");
        assertNull(PrimingAnswers.batchFoundOf(batch, null));
    }

    @Test
    void everyKindOfValueIsWrittenInDynamoDbsJson() {
        Map<String, AttributeValue> item = Map.of(
                "s", AttributeValue.fromS("x"),
                "n", AttributeValue.fromN("1.5"),
                "b", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")),
                "bool", AttributeValue.fromBool(false),
                "null", AttributeValue.fromNul(true),
                "ss", AttributeValue.fromSs(List.of("a", "b")),
                "ns", AttributeValue.fromNs(List.of("2")),
                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("hi"))),
                "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))),
                "l", AttributeValue.fromL(List.of(AttributeValue.fromN("3"))));

        assertEquals(
                Map.of(
                        "s", Map.of("S", "x"),
                        "n", Map.of("N", "1.5"),
                        "b", Map.of("B", "aGk="),
                        "bool", Map.of("BOOL", false),
                        "null", Map.of("NULL", true),
                        "ss", Map.of("SS", List.of("a", "b")),
                        "ns", Map.of("NS", List.of("2")),
                        "bs", Map.of("BS", List.of("aGk=")),
                        "m", Map.of("M", Map.of("k", Map.of("S", "v"))),
                        "l", Map.of("L", List.of(Map.of("N", "3")))),
                Json.parse(Json.write(PrimingAnswers.json(item))));
    }

    private static String answer(SdkRequest request) {
        return new String(PrimingAnswers.successOf(request, null), StandardCharsets.UTF_8);
    }
}
