package org.factcheck.claims.store;

import java.time.Duration;
import java.util.function.Consumer;
import org.factcheck.claims.AppConfig;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every SDK client of the functions shares, set explicitly so the SDK discovers
 * nothing at start-up: the region, the credentials ({@link AwsCredentials}, SnapStart-safe),
 * the URL-connection HTTP client with short timeouts (the functions time out after 10 s)
 * and the {@link DryRun} interceptor. Each client is built once per container, on first
 * use, by the class that uses it.
 */
public final class AwsClients {
    private AwsClients() {}

    /** The client from {@code builder}, with the shared parts and then the client's own {@code override}. */
    public static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(
            B builder, Consumer<ClientOverrideConfiguration.Builder> override) {
        return builder.region(Region.of(AppConfig.region()))
                .credentialsProvider(AwsCredentials.provider())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .overrideConfiguration(o -> override.accept(o.addExecutionInterceptor(DryRun.INTERCEPTOR)))
                .build();
    }
}
