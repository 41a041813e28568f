package org.factcheck.claims.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
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
        String iterator = firstIterator();
        threads.add(Thread.ofPlatform().daemon().name("local-stream").start(() -> pollStream(iterator)));
        threads.add(Thread.ofPlatform().daemon().name("local-queue").start(this::pollQueue));
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

    private void pollStream(String firstIterator) {
        int batchSize = Integer.parseInt(
                String.valueOf(eventProperties("NotifierFunction", "Stream").get("BatchSize")));
        String iterator = firstIterator;
        List<Record> pending = new ArrayList<>();
        while (running) {
            try {
                if (pending.isEmpty()) {
                    String from = iterator;
                    GetRecordsResponse response =
                            streams.getRecords(g -> g.shardIterator(from).limit(1000));
                    iterator = response.nextShardIterator();
                    for (Record r : response.records()) if (accepted(r)) pending.add(r);
                }
                while (!pending.isEmpty() && running) {
                    List<Record> batch = new ArrayList<>(pending.subList(0, Math.min(batchSize, pending.size())));
                    String failed = invokeNotifier(batch);
                    int done = batch.size();
                    if (failed != null) {
                        for (int i = 0; i < batch.size(); i++) {
                            if (batch.get(i).dynamodb().sequenceNumber().equals(failed)) done = i;
                        }
                    }
                    pending.subList(0, done).clear();
                    if (failed != null) break; // retried from the failed record on the next round
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException e) {
                log.accept("local stream: " + e);
                sleepQuietly();
            }
        }
    }

    /** Invokes the notifier; the first failed record's sequence number, or null. */
    @SuppressWarnings("unchecked")
    private String invokeNotifier(List<Record> batch) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Record r : batch) records.add(lambdaRecord(r));
        byte[] response = functions.invoke(
                "NotifierFunction",
                handler("NotifierFunction"),
                Json.write(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(new String(response, StandardCharsets.UTF_8));
        List<Map<String, Object>> failures =
                (List<Map<String, Object>>) parsed.getOrDefault("batchItemFailures", List.of());
        return failures.isEmpty() ? null : (String) failures.getFirst().get("itemIdentifier");
    }

    /** The record as Lambda's DynamoDB event holds it. */
    private Map<String, Object> lambdaRecord(Record r) {
        Map<String, Object> dynamodb = new LinkedHashMap<>();
        dynamodb.put(
                "ApproximateCreationDateTime",
                r.dynamodb().approximateCreationDateTime() == null
                        ? 0
                        : r.dynamodb().approximateCreationDateTime().getEpochSecond());
        dynamodb.put("Keys", json(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage())
            dynamodb.put("NewImage", json(r.dynamodb().newImage()));
        if (r.dynamodb().hasOldImage())
            dynamodb.put("OldImage", json(r.dynamodb().oldImage()));
        dynamodb.put("SequenceNumber", r.dynamodb().sequenceNumber());
        dynamodb.put("SizeBytes", r.dynamodb().sizeBytes());
        dynamodb.put("StreamViewType", r.dynamodb().streamViewTypeAsString());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventID", r.eventID());
        record.put("eventName", r.eventNameAsString());
        record.put("eventVersion", r.eventVersion());
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", AppConfig.region());
        record.put("dynamodb", dynamodb);
        record.put("eventSourceARN", streamArn);
        return record;
    }

    /** Whether the template's filter pattern accepts the record (Lambda's filtering: values in lists, prefix rules). */
    private boolean accepted(Record r) {
        return matches(filter, lambdaRecord(r));
    }

    @SuppressWarnings("unchecked")
    static boolean matches(Map<String, Object> pattern, Map<String, Object> event) {
        for (Map.Entry<String, Object> rule : pattern.entrySet()) {
            Object value = event.get(rule.getKey());
            if (rule.getValue() instanceof Map<?, ?> nested) {
                if (!(value instanceof Map<?, ?> inner)
                        || !matches((Map<String, Object>) nested, (Map<String, Object>) inner)) return false;
            } else {
                boolean any = false;
                for (Object allowed : (List<Object>) rule.getValue()) {
                    if (allowed instanceof Map<?, ?> m && m.get("prefix") != null) {
                        any |= value instanceof String s
                                && s.startsWith(m.get("prefix").toString());
                    } else {
                        any |= allowed.equals(value);
                    }
                }
                if (!any) return false;
            }
        }
        return true;
    }

    private static Map<String, Object> json(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, json(value)));
        return out;
    }

    private static Map<String, Object> json(AttributeValue v) {
        if (v.s() != null) return Map.of("S", v.s());
        if (v.n() != null) return Map.of("N", v.n());
        if (v.bool() != null) return Map.of("BOOL", v.bool());
        if (Boolean.TRUE.equals(v.nul())) return Map.of("NULL", true);
        if (v.b() != null) return Map.of("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
        if (v.hasSs()) return Map.of("SS", v.ss());
        if (v.hasNs()) return Map.of("NS", v.ns());
        if (v.hasL()) return Map.of("L", v.l().stream().map(LocalDelivery::json).toList());
        if (v.hasM()) return Map.of("M", json(v.m()));
        return Map.of("NULL", true);
    }

    @SuppressWarnings("unchecked")
    private void pollQueue() {
        int batchSize = Integer.parseInt(
                String.valueOf(eventProperties("DeliveryFunction", "Queue").get("BatchSize")));
        while (running) {
            try {
                ReceiveMessageResponse received = sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                        .maxNumberOfMessages(batchSize)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .waitTimeSeconds(0));
                if (received.hasMessages() && !received.messages().isEmpty()) {
                    List<Map<String, Object>> records = new ArrayList<>();
                    for (Message m : received.messages()) records.add(sqsRecord(m));
                    byte[] response = functions.invoke(
                            "DeliveryFunction",
                            handler("DeliveryFunction"),
                            Json.write(Map.of("Records", records)).getBytes(StandardCharsets.UTF_8));
                    Map<String, Object> parsed =
                            (Map<String, Object>) Json.parse(new String(response, StandardCharsets.UTF_8));
                    Set<String> failed = new HashSet<>();
                    for (Map<String, Object> f :
                            (List<Map<String, Object>>) parsed.getOrDefault("batchItemFailures", List.of()))
                        failed.add((String) f.get("itemIdentifier"));
                    for (Message m : received.messages()) {
                        if (!failed.contains(m.messageId()))
                            sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                    }
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException e) {
                log.accept("local queue: " + e);
                sleepQuietly();
            }
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
