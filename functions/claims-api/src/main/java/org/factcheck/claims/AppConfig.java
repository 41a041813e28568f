package org.factcheck.claims;

/**
 * Settings from the Globals environment of template.yaml, read once per container.
 * A JVM system property of the same name stands in for the variable, which lets the
 * development server run every function in one process.
 */
public record AppConfig(String tableName, String keysTableName, String organizationName, String organizationUrl) {

    public static AppConfig fromEnvironment() {
        return new AppConfig(
                required("TABLE_NAME"),
                required("KEYS_TABLE_NAME"),
                optional("FACTCHECK_ORG_NAME", "Fact-check Claims API"),
                optional("FACTCHECK_ORG_URL", "https://factcheck.example"));
    }

    /** The table of webhook signing secrets (SUBSCRIPTION_SECRETS_TABLE_NAME); only the subscription functions need it. */
    public static String subscriptionSecretsTableName() {
        return required("SUBSCRIPTION_SECRETS_TABLE_NAME");
    }

    /**
     * Whether webhook URLs may point at loopback addresses over http (WEBHOOK_ALLOW_LOOPBACK):
     * "false" in template.yaml, so never in AWS; the development server sets it to "true".
     */
    public static boolean allowLoopbackWebhooks() {
        return "true"
                .equalsIgnoreCase(optional("WEBHOOK_ALLOW_LOOPBACK", "false").strip());
    }

    /** The region Lambda sets (AWS_REGION), or AWS_DEFAULT_REGION locally; for every SDK client. */
    public static String region() {
        String region = optional("AWS_REGION", null);
        if (region == null) region = optional("AWS_DEFAULT_REGION", null);
        if (region == null) throw new IllegalStateException("AWS_REGION is not set");
        return region;
    }

    /** The CloudWatch namespace of the business metrics (METRICS_NAMESPACE). */
    public static String metricsNamespace() {
        String namespace = optional("METRICS_NAMESPACE", null);
        return namespace == null || namespace.isBlank() ? "FactCheckClaims" : namespace;
    }

    private static String required(String name) {
        String value = optional(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }

    private static String optional(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null) value = System.getProperty(name);
        return value == null ? fallback : value;
    }

    /**
     * How long API Gateway caches an authorizer decision (AUTHORIZER_CACHE_SECONDS, set
     * on the authorizer function from the template's AuthorizerCacheSeconds). Unset, the
     * template's maximum, 300, which keeps the expiry bound in every case.
     */
    public static long authorizerCacheSeconds() {
        return Long.parseLong(optional("AUTHORIZER_CACHE_SECONDS", "300").strip());
    }

    /**
     * How old a change event must be before GET /changes serves it (CHANGES_SETTLE_SECONDS):
     * more than a write can take from taking its event id to committing (the function
     * timeout) plus clock skew between functions. Default 15 (a 10 s timeout + 5 s).
     */
    public static long changesSettleSeconds() {
        return Long.parseLong(optional("CHANGES_SETTLE_SECONDS", "15").strip());
    }

    /** The webhook delivery queue (DELIVERY_QUEUE_URL): the notifier sends to it, delivery changes visibility on it. */
    public static String deliveryQueueUrl() {
        return required("DELIVERY_QUEUE_URL");
    }

    /** Delays between delivery attempts, in seconds (WEBHOOK_RETRY_SECONDS; domain/RetrySchedule). */
    public static String webhookRetrySeconds() {
        return optional("WEBHOOK_RETRY_SECONDS", "60,300,1800,3600,7200,14400,28800,43200");
    }

    /** How long deliveries fail in a row before the subscription is paused (WEBHOOK_PAUSE_AFTER_SECONDS). */
    public static long webhookPauseAfterSeconds() {
        return Long.parseLong(optional("WEBHOOK_PAUSE_AFTER_SECONDS", "86400").strip());
    }
}
