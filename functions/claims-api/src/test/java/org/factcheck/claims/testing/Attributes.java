package org.factcheck.claims.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short names for DynamoDB attribute values, for tests that write items as raw maps. */
public final class Attributes {
    private Attributes() {}

    public static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    public static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    public static AttributeValue m(Map<String, AttributeValue> v) {
        return AttributeValue.fromM(v);
    }

    /** A claim item's key and id, as the table has always laid them out; the rest is put by the test. */
    public static Map<String, AttributeValue> claimItem(String id) {
        return new HashMap<>(Map.of("pk", s("CLAIM#" + id), "sk", s("CLAIM"), "id", s(id)));
    }

    public static AttributeValue l(List<AttributeValue> v) {
        return AttributeValue.fromL(v);
    }
}
