package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.json.Json;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The success answers priming's refused writes get; that the client parses them is PrimingIT's. */
class RefusalAnswersTest {

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
                Json.parse(Json.write(RefusalAnswers.json(item))));
    }

    private static String answer(SdkRequest request) {
        return new String(RefusalAnswers.successOf(request), StandardCharsets.UTF_8);
    }
}
