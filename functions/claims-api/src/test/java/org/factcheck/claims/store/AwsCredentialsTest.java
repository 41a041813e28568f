package org.factcheck.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

class AwsCredentialsTest {
    private static final String LAMBDA_URI = "http://127.0.0.1:9001/2018-06-01/credentials";

    @Test
    void theContainerEndpointWhenLambdaNamesOne() {
        Map<String, String> restored = Map.of(AwsCredentials.FULL_URI, LAMBDA_URI);
        assertEquals(AwsCredentials.Source.CONTAINER, AwsCredentials.source(restored));
        assertInstanceOf(ContainerCredentialsProvider.class, AwsCredentials.provider(restored));
    }

    @Test
    void theContainerEndpointEvenWhenAccessKeysAreSetToo() {
        Map<String, String> both = Map.of(AwsCredentials.FULL_URI, LAMBDA_URI, "AWS_ACCESS_KEY_ID", "AKIA");
        assertEquals(AwsCredentials.Source.CONTAINER, AwsCredentials.source(both));
    }

    @Test
    void theAccessKeyVariablesOtherwise() {
        assertEquals(AwsCredentials.Source.ENVIRONMENT, AwsCredentials.source(Map.of()));
        assertEquals(AwsCredentials.Source.ENVIRONMENT, AwsCredentials.source(Map.of(AwsCredentials.FULL_URI, " ")));
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, AwsCredentials.provider(Map.of()));
    }
}
