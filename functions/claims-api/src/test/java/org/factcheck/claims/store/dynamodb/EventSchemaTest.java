package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.InvalidCursorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The pure part of the change feed: days, shards, keys, positions and their cursors. */
class EventSchemaTest {
    /** Ulid.next never goes back in time, so ids of a given time are spelt out here. */
    private static final long NOON = Instant.parse("2026-11-29T12:00:00Z").toEpochMilli();

    @Test
    void anEventLivesInItsIdsDayAndOneOfEightShards() {
        String id = Ulid.timePrefix(NOON) + "0000000000000007";
        assertEquals("20261129", EventSchema.day(id));
        assertEquals(7, EventSchema.shard(id));
        assertEquals("EVENT#20261129#7", EventSchema.pk(id));
        assertEquals(7, EventSchema.shard(Ulid.timePrefix(NOON) + "000000000000000Z"), "Z is 31, and 31 mod 8 is 7");
        assertEquals("20261130", EventSchema.next("20261129"));
        assertEquals("20261201", EventSchema.next("20261130"));
        assertEquals(Instant.parse("2026-11-29T00:00:00Z").toEpochMilli(), EventSchema.startOf("20261129"));
        assertEquals("20261128", EventSchema.day(Ulid.timePrefix(EventSchema.startOf("20261129") - 1)));
    }

    @Test
    void idsOfOneMillisecondSpreadOverEveryShardEvenly() {
        int[] perShard = new int[EventSchema.SHARDS];
        for (int i = 0; i < 8000; i++) perShard[EventSchema.shard(Ulid.next(NOON))]++;
        for (int count : perShard) assertEquals(1000, count, "monotonic ids count up through the last character");
    }

    @Test
    void aTimePrefixSortsBeforeEveryIdOfItsMillisecondAndAfterEveryEarlierOne() {
        String prefix = Ulid.timePrefix(NOON);
        assertTrue(prefix.compareTo(Ulid.next(NOON)) < 0);
        assertTrue(prefix.compareTo(Ulid.timePrefix(NOON - 1) + "ZZZZZZZZZZZZZZZZ") > 0);
        // The feed's exclusive lower bound: position + "0" is above the position, below every later id.
        String id = Ulid.timePrefix(NOON) + "0123456789ABCDEF";
        assertTrue((id + "0").compareTo(id) > 0);
        assertTrue((prefix + "0").compareTo(prefix + "0000000000000000") <= 0);
        assertEquals(NOON, Ulid.epochMillis(prefix));
        assertEquals(NOON, Ulid.epochMillis(id));
    }

    @Test
    void positionsRoundTripAndForgedOnesAreRefused() {
        String id = Ulid.next(NOON);
        String cursor = Cursors.encodePosition(Cursors.Kind.CHANGE, id);
        assertEquals(id, Cursors.decodePosition(cursor, Cursors.Kind.CHANGE, Ulid::isValid));
        String prefix = Cursors.encodePosition(Cursors.Kind.CHANGE, Ulid.timePrefix(NOON));
        assertEquals(Ulid.timePrefix(NOON), Cursors.decodePosition(prefix, Cursors.Kind.CHANGE, Ulid::isTimePrefix));
        String claimCursor = Cursors.encode(Cursors.Kind.CLAIM, Map.of("pk", AttributeValue.fromS("CLAIM#" + id)));
        List<String> forged = new ArrayList<>(List.of("", "x", "bm90IGEgY3Vyc29y", claimCursor, "A".repeat(3000)));
        forged.add(Cursors.encodePosition(Cursors.Kind.CHANGE, "not an id"));
        for (String bad : forged) {
            assertThrows(
                    InvalidCursorException.class,
                    () -> Cursors.decodePosition(
                            bad, Cursors.Kind.CHANGE, p -> Ulid.isValid(p) || Ulid.isTimePrefix(p)),
                    bad);
        }
    }

    @Test
    void anEventItemCarriesWhatSubscriptionsMatchOnAndReadsBackEqual() {
        ChangeEvent event = new ChangeEvent(
                Ulid.timePrefix(NOON) + "0123456789ABCDEF",
                "verdict.published",
                "2026-11-29T12:00:00.000Z",
                Ulid.next(NOON),
                "Joe Biden",
                List.of("NBC News", "CNN"),
                "RATED",
                null,
                "FALSE",
                "{\"type\":\"verdict.published\"}");
        Map<String, AttributeValue> item = EventSchema.EVENTS.itemToMap(event, true);
        assertEquals(EventSchema.pk(event.id()), item.get("pk").s());
        assertEquals(event.id(), item.get("sk").s());
        assertEquals("joe biden", item.get("speakerNormalized").s());
        assertEquals(List.of("nbc news", "cnn"), item.get("outletsNormalized").ss());
        assertEquals("FALSE", item.get("rating").s());
        assertEquals(
                Instant.ofEpochMilli(NOON).getEpochSecond() + 31 * 86400,
                Long.parseLong(item.get("expiresAt").n()));
        for (String indexKey : List.of("feedKey", "statusKey", "ratingKey", "speakerKey", "outletKey", "updatedKey"))
            assertTrue(!item.containsKey(indexKey), "no list index sees events: " + indexKey);
        assertEquals(event, EventSchema.EVENTS.mapToItem(item));
    }
}
