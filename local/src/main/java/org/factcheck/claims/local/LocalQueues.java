package org.factcheck.claims.local;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.RetrySchedule;
import org.factcheck.claims.json.Json;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the local queues from the AWS::SQS::Queue resources of template.yaml in moto's
 * SQS (the emulator serves it on the same port as DynamoDB): FIFO, visibility, retention,
 * and the redrive policy, whose maxReceiveCount is the number of attempts of the local
 * retry schedule (WEBHOOK_RETRY_SECONDS), as it is the template's in AWS.
 */
public final class LocalQueues {
    private LocalQueues() {}

    /** The SQS endpoint: AWS_ENDPOINT_URL_SQS, else the emulator's (AWS_ENDPOINT_URL_DYNAMODB, same server). */
    public static URI endpoint() {
        String sqs = System.getenv("AWS_ENDPOINT_URL_SQS");
        if (sqs == null) sqs = System.getProperty("aws.endpointUrlSqs");
        if (sqs == null) sqs = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        return URI.create(sqs);
    }

    public static SqsClient client() {
        return SqsClient.builder()
                .region(Region.of(AppConfig.region()))
                .endpointOverride(endpoint())
                .build();
    }

    /** Creates (or finds) every queue of the template; returns their URLs by logical id. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> ensureAll(SqsClient sqs, SamTemplate template, String suffix) {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> arns = new LinkedHashMap<>();
        template.resources().forEach((id, resource) -> {
            if (!"AWS::SQS::Queue".equals(resource.get("Type"))) return;
            Map<String, Object> props = template.resourceProperties(id);
            boolean fifo = Boolean.TRUE.equals(props.get("FifoQueue"));
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            if (fifo) attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
            copy(props, "ContentBasedDeduplication", attributes, QueueAttributeName.CONTENT_BASED_DEDUPLICATION);
            copy(props, "VisibilityTimeout", attributes, QueueAttributeName.VISIBILITY_TIMEOUT);
            copy(props, "MessageRetentionPeriod", attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD);
            String name = id.toLowerCase(Locale.ROOT) + "-" + suffix + (fifo ? ".fifo" : "");
            String url = sqs.createQueue(c -> c.queueName(name).attributes(attributes))
                    .queueUrl();
            urls.put(id, url);
            arns.put(
                    id,
                    sqs.getQueueAttributes(g -> g.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                            .attributes()
                            .get(QueueAttributeName.QUEUE_ARN));
        });
        int attempts = RetrySchedule.parse(AppConfig.webhookRetrySeconds()).attempts();
        urls.forEach((id, url) -> {
            Map<String, Object> redrive =
                    (Map<String, Object>) template.resourceProperties(id).get("RedrivePolicy");
            if (redrive == null) return;
            Map<String, Object> target = (Map<String, Object>) redrive.get("deadLetterTargetArn");
            Object getAtt = target.get("Fn::GetAtt");
            String dlq = getAtt instanceof java.util.List<?> l
                    ? l.getFirst().toString()
                    : getAtt.toString().split("\\.")[0];
            String policy = Json.write(Map.of("deadLetterTargetArn", arns.get(dlq), "maxReceiveCount", attempts));
            sqs.setQueueAttributes(s -> s.queueUrl(url).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
        });
        return urls;
    }

    private static void copy(
            Map<String, Object> props, String name, Map<QueueAttributeName, String> into, QueueAttributeName as) {
        Object value = props.get(name);
        if (value != null) into.put(as, value.toString());
    }
}
