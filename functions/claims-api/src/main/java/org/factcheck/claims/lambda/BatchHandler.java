package org.factcheck.claims.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.List;
import java.util.Map;

/**
 * A function fed a batch of records (a DynamoDB stream, an SQS queue) that reports partial
 * failures: Lambda retries only the records named in {@code batchItemFailures}
 * (ReportBatchItemFailures in template.yaml).
 */
public abstract class BatchHandler extends JsonEventHandler {
    /** The identifiers of the records that failed, to be retried; none when all succeeded. */
    protected abstract List<String> failed(List<Map<String, Object>> records, LambdaLogger logger);

    @Override
    @SuppressWarnings("unchecked")
    protected final Object handle(Map<String, Object> event, LambdaLogger logger) {
        List<Map<String, Object>> records = (List<Map<String, Object>>) event.getOrDefault("Records", List.of());
        List<Map<String, String>> failures = failed(records, logger).stream()
                .map(id -> Map.of("itemIdentifier", id))
                .toList();
        return Map.of("batchItemFailures", failures);
    }
}
