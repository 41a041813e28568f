package org.factcheck.claims.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.json.Json;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * What Lambda's event source mappings do in AWS, locally and for real: one thread reads
 * the claims table's stream from moto (DescribeStream, GetShardIterator, GetRecords),
 * keeps the records the template's filter accepts, and invokes the notifier with the
 * DynamoDB event Lambda would send (retrying from the first reported failure); another
 * receives from the delivery queue (ReceiveMessage), invokes the delivery function with
 * the SQS event, and deletes the messages it did not report as failed. Failed messages
 * stay in flight for the visibility the function gave them; moto's redrive moves them
 * to the dead-letter queue after maxReceiveCount receives. The emulator serves one
 * request at a time, so both poll every {@link #POLL_MILLIS} instead of long-polling.
 */
public final class LocalDelivery implements AutoCloseable {
    static final long POLL_MILLIS = 100;

    private final SamTemplate template;
    private final LocalFunctions functions;
    private final String streamArn;
    private final String queueUrl;
    private final String queueArn;
    private final DynamoDbStreamsClient streams;
    private final SqsClient sqs;
    private final Map<String, Object> filter;
    private final Consumer<String> log;
    private volatile boolean running = true;
    /** Where the stream is read from: the template's TRIM_HORIZON, or LATEST ({@link #fromNow}). */
    private ShardIteratorType startAt = ShardIteratorType.TRIM_HORIZON;

    private final List<Thread> threads = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public LocalDelivery(
            SamTemplate template,
            LocalFunctions functions,
            String claimsTable,
            Map<String, String> queues,
            Consumer<String> log) {
        this.template = template;
        this.functions = functions;
        this.log = log;
        java.net.URI endpoint = LocalQueues.endpoint();
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .region(Region.of(AppConfig.region()))
                .endpointOverride(endpoint)
                .build();
        this.streamArn =
                dynamo.describeTable(d -> d.tableName(claimsTable)).table().latestStreamArn();
        this.streams = DynamoDbStreamsClient.builder()
                .region(Region.of(AppConfig.region()))
                .endpointOverride(endpoint)
                .build();
        this.sqs = LocalQueues.client();
        this.queueUrl = queues.get("DeliveryQueue");
        this.queueArn = "arn:aws:sqs:" + AppConfig.region() + ":123456789012:"
                + queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
        Map<String, Object> stream = eventProperties("NotifierFunction", "Stream");
        Map<String, Object> criteria = (Map<String, Object>) stream.get("FilterCriteria");
        List<Map<String, Object>> filters = (List<Map<String, Object>>) criteria.get("Filters");
        this.filter =
                (Map<String, Object>) Json.parse((String) filters.getFirst().get("Pattern"));
    }

    /**
     * Reads the stream from now on, not from its oldest record: for a test whose table
     * already holds other tests' events (the notifier would first work through them all).
     */
    public LocalDelivery fromNow() {
        startAt = ShardIteratorType.LATEST;
        return this;
    }

    /** Starts polling; both functions are created first (as Lambda creates them before the first event). */
    public LocalDelivery start() {
        byte[] empty = "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8);
        try {
            functions.invoke("NotifierFunction", handler("NotifierFunction"), empty);
            functions.invoke("DeliveryFunction", handler("DeliveryFunction"), empty);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StreamRound stream = new StreamRound(firstIterator(), batchSize("NotifierFunction", "Stream"));
        int queueBatch = batchSize("DeliveryFunction", "Queue");
        threads.add(Thread.ofPlatform().daemon().name("local-stream").start(() -> poll("stream", stream)));
        threads.add(
                Thread.ofPlatform().daemon().name("local-queue").start(() -> poll("queue", () -> receive(queueBatch))));
        return this;
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> eventProperties(String function, String event) {
        Map<String, Object> events =
                (Map<String, Object>) template.resourceProperties(function).get("Events");
        return (Map<String, Object>) ((Map<String, Object>) events.get(event)).get("Properties");
    }

    private String handler(String function) {
        return template.resourceProperties(function).get("Handler").toString();
    }

    private int batchSize(String function, String event) {
        return Integer.parseInt(String.valueOf(eventProperties(function, event).get("BatchSize")));
    }

    /** One poll of an event source; {@link #poll} loops it. */
    private interface Round {
        void run() throws IOException, InterruptedException;
    }

    /** Runs {@code round} every {@link #POLL_MILLIS} until closed; a failed round is logged and retried a second later. */
    private void poll(String source, Round round) {
        while (running) {
            try {
                round.run();
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException e) {
                log.accept("local " + source + ": " + e);
                sleepQuietly();
            }
        }
    }

    /** Invokes {@code function} with a batch of records, as Lambda does; the identifiers it reports failed, in order. */
    @SuppressWarnings("unchecked")
    private List<String> invoke(String function, List<Map<String, Object>> records) throws IOException {
        byte[] response = functions.invoke(
                function,
                handler(function),
                Json.write(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(new String(response, StandardCharsets.UTF_8));
        List<String> failed = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) parsed.getOrDefault("batchItemFailures", List.of()))
            failed.add((String) f.get("itemIdentifier"));
        return failed;
    }

    /** The shard's first iterator, taken before start() returns: LATEST then means "after start()". */
    private String firstIterator() {
        String shard = streams.describeStream(d -> d.streamArn(streamArn))
                .streamDescription()
                .shards()
                .getFirst()
                .shardId();
        return streams.getShardIterator(
                        g -> g.streamArn(streamArn).shardId(shard).shardIteratorType(startAt))
                .shardIterator();
    }

    /** The stream's reader: records the filter accepts wait in {@code pending} until the notifier took them. */
    private final class StreamRound implements Round {
        private final int batchSize;
        private final List<Record> pending = new ArrayList<>();
        private String iterator;

        StreamRound(String firstIterator, int batchSize) {
            this.iterator = firstIterator;
            this.batchSize = batchSize;
        }

        @Override
        public void run() throws IOException {
            if (pending.isEmpty()) {
                String from = iterator;
                GetRecordsResponse response =
                        streams.getRecords(g -> g.shardIterator(from).limit(1000));
                iterator = response.nextShardIterator();
                for (Record r : response.records())
                    if (StreamRecords.matches(filter, StreamRecords.lambdaRecord(r, streamArn))) pending.add(r);
            }
            while (!pending.isEmpty() && running) {
                List<Record> batch = new ArrayList<>(pending.subList(0, Math.min(batchSize, pending.size())));
                List<Map<String, Object>> records = new ArrayList<>();
                for (Record r : batch) records.add(StreamRecords.lambdaRecord(r, streamArn));
                List<String> failed = invoke("NotifierFunction", records);
                int done = batch.size();
                if (!failed.isEmpty()) {
                    for (int i = 0; i < batch.size(); i++) {
                        if (batch.get(i).dynamodb().sequenceNumber().equals(failed.getFirst())) done = i;
                    }
                }
                pending.subList(0, done).clear();
                if (!failed.isEmpty()) break; // retried from the failed record on the next round
            }
        }
    }

    /** One receive from the delivery queue; the messages the function did not report failed are deleted. */
    private void receive(int batchSize) throws IOException {
        ReceiveMessageResponse received = sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                .maxNumberOfMessages(batchSize)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .waitTimeSeconds(0));
        if (!received.hasMessages() || received.messages().isEmpty()) return;
        List<Map<String, Object>> records = new ArrayList<>();
        for (Message m : received.messages()) records.add(sqsRecord(m));
        Set<String> failed = new HashSet<>(invoke("DeliveryFunction", records));
        for (Message m : received.messages()) {
            if (!failed.contains(m.messageId()))
                sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
        }
    }

    private Map<String, Object> sqsRecord(Message m) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("messageId", m.messageId());
        record.put("receiptHandle", m.receiptHandle());
        record.put("body", m.body());
        record.put("attributes", attributes);
        record.put("messageAttributes", Map.of());
        record.put("md5OfBody", m.md5OfBody());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", AppConfig.region());
        return record;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
