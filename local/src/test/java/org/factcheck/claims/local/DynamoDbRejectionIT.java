package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request DynamoDB refuses as invalid (a ValidationException the input checks should
 * have caught) is a bug on our side but not a server fault: 400, never 500, and nothing
 * written. The refusal is raised by {@link RecordingInterceptor} as the SDK would surface it.
 */
class DynamoDbRejectionIT {
    private final HandlerClient api = new HandlerClient();

    @Test
    void aRequestDynamoDbRefusesAsInvalidIs400NotA500() throws Exception {
        String body = Samples.claim(Samples.uniqueStatement());
        RecordingInterceptor.rejectNext("TransactWriteItems");
        HandlerClient.Response refused = api.postJson("/claims", body);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                "https://factcheck.example/problems/bad-request", refused.json().get("type"));
        assertEquals(201, api.postJson("/claims", body).status(), "nothing was written");
        RecordingInterceptor.rejectNext("Query");
        assertEquals(400, api.get("/claims?status=UNVERIFIED", Map.of()).status());
    }
}
