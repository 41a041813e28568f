package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;

/**
 * The claims table as the enhanced client sees it: one mapped view per item kind, all on
 * one table. Each view (and its schema) is made on first use, so a route builds only the
 * schemas it reads or writes: a cold start pays for nothing else. Views are immutable; two
 * threads racing to make one make equal ones.
 */
final class ClaimTable {
    private final DynamoDbEnhancedClient client;
    private final String name;
    private DynamoDbTable<Claim> claims;
    private DynamoDbTable<VerdictSchema.Entry> verdicts;
    private DynamoDbTable<AppearanceSchema.Entry> appearances;
    private DynamoDbTable<DuplicateMarkerSchema.Marker> markers;
    private DynamoDbTable<StoredResponse> responses;
    private DynamoDbTable<ChangeEvent> events;
    private DynamoDbTable<EventSchema.DayMarker> dayMarkers;
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
        if (claims == null) claims = client.table(name, ClaimSchema.SCHEMA);
        return claims;
    }

    DynamoDbTable<VerdictSchema.Entry> verdicts() {
        if (verdicts == null) verdicts = client.table(name, VerdictSchema.ITEM);
        return verdicts;
    }

    DynamoDbTable<AppearanceSchema.Entry> appearances() {
        if (appearances == null) appearances = client.table(name, AppearanceSchema.SCHEMA);
        return appearances;
    }

    DynamoDbTable<DuplicateMarkerSchema.Marker> markers() {
        if (markers == null) markers = client.table(name, DuplicateMarkerSchema.SCHEMA);
        return markers;
    }

    DynamoDbTable<StoredResponse> responses() {
        if (responses == null) responses = client.table(name, IdempotencySchema.SCHEMA);
        return responses;
    }

    DynamoDbTable<ChangeEvent> events() {
        if (events == null) events = client.table(name, EventSchema.EVENTS);
        return events;
    }

    DynamoDbTable<EventSchema.DayMarker> dayMarkers() {
        if (dayMarkers == null) dayMarkers = client.table(name, EventSchema.MARKERS);
        return dayMarkers;
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
