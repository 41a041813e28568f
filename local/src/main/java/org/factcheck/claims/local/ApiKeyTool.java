package org.factcheck.claims.local;

import java.net.URI;
import java.time.Instant;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.apigateway.ApiGatewayUsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * `make api-key`: creates a key directly in the keys table with the operator's own AWS
 * credentials (the SDK's default chain: environment, profile, SSO, ...), to bootstrap
 * the first admin. Prints the key once; it is stored only as a hash.
 *
 * <p>Arguments: ROLE OWNER KEYS_TABLE [STACK_NAME]. With a stack name the key gets a
 * usage key in the stack's plan ({@code <stack>-clients}), tagged as CreateKey tags it.
 * AWS_ENDPOINT_URL_DYNAMODB, when set, points at an emulator.
 */
public final class ApiKeyTool {
    private ApiKeyTool() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ApiKeyTool ROLE OWNER KEYS_TABLE [STACK_NAME]");
            System.exit(2);
        }
        Role role = Role.fromWireName(args[0]);
        if (role == null) {
            System.err.println("ROLE must be reader, factchecker or admin");
            System.exit(2);
        }
        DynamoDbClientBuilder dynamo = DynamoDbClient.builder()
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClient(UrlConnectionHttpClient.create());
        String endpoint = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint != null && !endpoint.isBlank()) dynamo.endpointOverride(URI.create(endpoint));
        UsagePlans plans = UsagePlans.NONE;
        if (args.length > 3 && !args[3].isBlank()) {
            plans = new ApiGatewayUsagePlans(
                    ApiGatewayClient.builder()
                            .credentialsProvider(
                                    DefaultCredentialsProvider.builder().build())
                            .httpClient(UrlConnectionHttpClient.create())
                            .build(),
                    args[3] + "-clients",
                    args[3]);
        }
        KeyIssuer.IssuedKey issued = new KeyIssuer(new DynamoDbApiKeyStore(dynamo.build(), args[2]), plans)
                .issue(new NewApiKey(args[1], role, null), Instant.now());
        System.out.println("Created " + role.wireName() + " key "
                + issued.record().keyId() + " for " + args[1] + " (shown once, stored only as a hash):");
        System.out.println(issued.key());
    }
}
