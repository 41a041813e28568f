package org.factcheck.claims.store;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

/**
 * The credentials of every SDK client the functions build, chosen once and explicitly
 * (the SDK's default chain probes profiles, system properties and more on a cold start).
 * A function restored from a SnapStart snapshot has no access-key variables: Lambda serves
 * its role's credentials at AWS_CONTAINER_CREDENTIALS_FULL_URI (with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN), which the container provider reads and refreshes
 * before they expire. Without that variable (local runs, tests, a function without
 * SnapStart) the access-key variables are used, as before.
 */
public final class AwsCredentials {
    static final String FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

    /** Which source {@link #provider} picks. */
    public enum Source {
        CONTAINER,
        ENVIRONMENT
    }

    private AwsCredentials() {}

    public static AwsCredentialsProvider provider() {
        return provider(System.getenv());
    }

    static AwsCredentialsProvider provider(Map<String, String> environment) {
        return switch (source(environment)) {
            // Reads the URI and the token itself; the token is sent, never logged.
            case CONTAINER -> ContainerCredentialsProvider.builder().build();
            case ENVIRONMENT -> EnvironmentVariableCredentialsProvider.create();
        };
    }

    public static Source source(Map<String, String> environment) {
        String uri = environment.get(FULL_URI);
        return uri == null || uri.isBlank() ? Source.ENVIRONMENT : Source.CONTAINER;
    }
}
