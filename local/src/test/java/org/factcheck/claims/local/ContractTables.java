package org.factcheck.claims.local;

import java.util.concurrent.atomic.AtomicInteger;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Empty tables from template.yaml for each test of the store contract, on the emulator. */
final class ContractTables {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private ContractTables() {}

    private static String fresh(String logicalId, String prefix) {
        if (System.getenv("AWS_ENDPOINT_URL_DYNAMODB") == null) {
            throw new IllegalStateException(
                    "AWS_ENDPOINT_URL_DYNAMODB is not set: run integration tests with `make test`");
        }
        String name = prefix + "-contract-" + RUN + "-" + COUNT.incrementAndGet();
        LocalTable.ensure(dynamo(), TestEnvironment.TEMPLATE, logicalId, name);
        return name;
    }

    static DynamoDbClient dynamo() {
        return DynamoDbClients.shared();
    }

    static DynamoDbClaimStore claims() {
        return new DynamoDbClaimStore(dynamo(), fresh("ClaimsTable", "claims"));
    }

    static DynamoDbSubscriptionStore subscriptions() {
        return new DynamoDbSubscriptionStore(
                dynamo(), fresh("ClaimsTable", "claims"), fresh("SubscriptionSecretsTable", "secrets"));
    }

    static DynamoDbApiKeyStore keys() {
        return new DynamoDbApiKeyStore(dynamo(), fresh("KeysTable", "keys"));
    }
}
