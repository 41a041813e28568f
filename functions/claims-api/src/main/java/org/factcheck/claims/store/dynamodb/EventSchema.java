package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Change events and the feed's day markers, every key of the change feed:
 * <pre>
 * EVENT#&lt;yyyyMMdd&gt;#&lt;shard&gt;  &lt;event id&gt;        one event, written with its change; expires after 31 days
 * FEEDDAY                  &lt;yyyyMMdd&gt;#&lt;writer&gt;  "this day has events": written once a day per store instance
 * </pre>
 * An event's partition is the UTC day of its id and one of {@link #SHARDS} shards, taken
 * from the id's last character: at 1,000 writes/s no partition takes more than 1/8 of them,
 * and the feed reads the shards of a day and merges them by id. Event items carry, beside
 * {@code body} (the webhook body as sent), the attributes subscriptions match on; none is an
 * index key, so no index sees them. A stream consumer takes event items by the pk prefix
 * {@code EVENT#}.
 */
final class EventSchema {
    private static final KeyPrefix EVENT_PREFIX = new KeyPrefix("EVENT#");
    private static final String MARKER_PK = "FEEDDAY";
    static final int SHARDS = 8;
    /** Events are kept at least 30 days: DynamoDB's TTL deletes them after 31, up to two days late. */
    static final Duration RETENTION = Duration.ofDays(31);

    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** A day marker: some store instance ({@code writer}) wrote an event in {@code day}. */
    record DayMarker(String day, String writer) {}

    private EventSchema() {}

    static final StaticImmutableTableSchema<ChangeEvent, ItemDraft> EVENTS = ItemDraft.keyed(
                    ChangeEvent.class, EventSchema::event, e -> pk(e.id()), ChangeEvent::id)
            .addAttribute(String.class, attribute(Keys.ID, ChangeEvent::id))
            .addAttribute(String.class, attribute("type", ChangeEvent::type))
            .addAttribute(String.class, attribute("timestamp", ChangeEvent::timestamp))
            .addAttribute(String.class, attribute(Keys.CLAIM_ID, ChangeEvent::claimId))
            .addAttribute(String.class, attribute("speaker", ChangeEvent::speaker))
            .addAttribute(String.class, attribute("speakerNormalized", e -> Keys.nameKey(e.speaker())))
            .addAttribute(EnhancedType.listOf(String.class), attribute("outlets", ChangeEvent::outlets))
            .addAttribute(
                    EnhancedType.setOf(String.class), attribute("outletsNormalized", EventSchema::outletsNormalized))
            .addAttribute(String.class, attribute("status", ChangeEvent::status))
            .addAttribute(String.class, attribute("previousStatus", ChangeEvent::previousStatus))
            .addAttribute(String.class, attribute("rating", ChangeEvent::rating))
            .addAttribute(String.class, attribute("body", ChangeEvent::body))
            .addAttribute(Long.class, attribute(Keys.EXPIRES_AT, e -> expiresAt(Ulid.epochMillis(e.id()))))
            .build();

    static final StaticImmutableTableSchema<DayMarker, ItemDraft> MARKERS = ItemDraft.keyed(
                    DayMarker.class,
                    d -> {
                        String sk = d.string(Keys.SK);
                        int hash = sk.indexOf('#');
                        return new DayMarker(sk.substring(0, hash), sk.substring(hash + 1));
                    },
                    m -> MARKER_PK,
                    m -> m.day() + "#" + m.writer())
            .addAttribute(
                    Long.class,
                    attribute(
                            Keys.EXPIRES_AT,
                            m -> expiresAt(startOf(m.day()) + Duration.ofDays(1).toMillis())))
            .build();

    private static ChangeEvent event(ItemDraft d) {
        List<String> outlets = d.get("outlets");
        return new ChangeEvent(
                d.string(Keys.SK),
                d.string("type"),
                d.string("timestamp"),
                d.string(Keys.CLAIM_ID),
                d.string("speaker"),
                outlets == null ? List.of() : List.copyOf(outlets),
                d.string("status"),
                d.string("previousStatus"),
                d.string("rating"),
                d.string("body"));
    }

    /** Absent when empty: DynamoDB refuses an empty string set. */
    private static Set<String> outletsNormalized(ChangeEvent e) {
        Set<String> keys = new LinkedHashSet<>();
        for (String outlet : e.outlets()) keys.add(Keys.nameKey(outlet));
        return keys.isEmpty() ? null : keys;
    }

    private static long expiresAt(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).plus(RETENTION).getEpochSecond();
    }

    /** The UTC day (yyyyMMdd) of an id or time prefix. */
    static String day(String idOrPrefix) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(Ulid.epochMillis(idOrPrefix)), ZoneOffset.UTC)
                .format(DAY);
    }

    /** The first millisecond of a day. */
    static long startOf(String day) {
        return LocalDate.parse(day, DAY)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .toEpochMilli();
    }

    /** The day after {@code day}. */
    static String next(String day) {
        return LocalDate.parse(day, DAY).plusDays(1).format(DAY);
    }

    /** An event's shard: its id's last character (random, and counting up within a millisecond). */
    static int shard(String eventId) {
        return DIGITS.indexOf(eventId.charAt(eventId.length() - 1)) % SHARDS;
    }

    static String pk(String eventId) {
        return partition(day(eventId), shard(eventId));
    }

    static String partition(String day, int shard) {
        return EVENT_PREFIX.of(day + "#" + shard);
    }

    /** Whether a partition key value is an event's. */
    static boolean isEventPk(String pk) {
        return EVENT_PREFIX.matches(pk);
    }

    static Key sortKey(String partition, String sortValue) {
        return Key.builder().partitionValue(partition).sortValue(sortValue).build();
    }

    static Key markerKey(String sortValue) {
        return Key.builder().partitionValue(MARKER_PK).sortValue(sortValue).build();
    }
}
