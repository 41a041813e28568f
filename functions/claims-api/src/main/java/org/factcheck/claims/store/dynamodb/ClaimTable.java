package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The claims table as the enhanced client sees it: one mapped view per item kind, all on
 * one table. Each view (and its schema) is made on first use, so a route builds only the
 * schemas it reads or writes: a cold start pays for nothing else. Views are immutable; two
 * threads racing to make one make equal ones.
 */
final class ClaimTable {
    private final DynamoDbEnhancedClient client;
    private final String name;
    private final View<Claim> claims = new View<>();
    private final View<VerdictSchema.Entry> verdicts = new View<>();
    private final View<AppearanceSchema.Entry> appearances = new View<>();
    private final View<DuplicateMarkerSchema.Marker> markers = new View<>();
    private final View<StoredResponse> responses = new View<>();
    private final View<ChangeEvent> events = new View<>();
    private final View<EventSchema.DayMarker> dayMarkers = new View<>();
    /** This instance's writer id in day markers, and the last day it marked (see EventSchema). */
    private final String writer = Ulid.next(System.currentTimeMillis());

    private volatile String markedDay;

    ClaimTable(DynamoDbEnhancedClient client, String name) {
        this.client = client;
        this.name = name;
    }

    DynamoDbEnhancedClient client() {
        return client;
    }

    DynamoDbTable<Claim> claims() {
        return claims.of(ClaimSchema.SCHEMA);
    }

    DynamoDbTable<VerdictSchema.Entry> verdicts() {
        return verdicts.of(VerdictSchema.ITEM);
    }

    DynamoDbTable<AppearanceSchema.Entry> appearances() {
        return appearances.of(AppearanceSchema.SCHEMA);
    }

    DynamoDbTable<DuplicateMarkerSchema.Marker> markers() {
        return markers.of(DuplicateMarkerSchema.SCHEMA);
    }

    DynamoDbTable<StoredResponse> responses() {
        return responses.of(IdempotencySchema.SCHEMA);
    }

    DynamoDbTable<ChangeEvent> events() {
        return events.of(EventSchema.EVENTS);
    }

    DynamoDbTable<EventSchema.DayMarker> dayMarkers() {
        return dayMarkers.of(EventSchema.MARKERS);
    }

    /**
     * One kind's view, made on first use. The schema is passed at each use rather than
     * held, so a schema class is initialised only when a route first uses its kind.
     */
    private final class View<T> {
        private DynamoDbTable<T> table;

        DynamoDbTable<T> of(TableSchema<T> schema) {
            if (table == null) table = client.table(name, schema);
            return table;
        }
    }

    /** The day marker an event of {@code day} needs written with it, or null when this instance wrote it already. */
    EventSchema.DayMarker markerFor(String day) {
        return day.equals(markedDay) ? null : new EventSchema.DayMarker(day, writer);
    }

    /** After a commit: {@code marker} is in the table. */
    void marked(EventSchema.DayMarker marker) {
        markedDay = marker.day();
    }
}
