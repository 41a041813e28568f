package org.factcheck.claims.store.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.InvalidCursorException;

/**
 * The in-memory store's change feed, with the DynamoDB feed's positions: every served id
 * is at most the position, an id or a time prefix; only ids before the settle time are
 * served, and events older than 31 days count as expired.
 */
final class InMemoryChangeFeed {
    private final TreeMap<String, ChangeEvent> events = new TreeMap<>();

    void add(ChangeEvent event) {
        events.put(event.id(), event);
    }

    ChangePage page(ChangeQuery q) {
        String horizon = Ulid.timePrefix(q.settledBefore().toEpochMilli());
        String oldest =
                Ulid.timePrefix(q.settledBefore().minus(Duration.ofDays(31)).toEpochMilli());
        String position = q.cursor() == null ? oldest : MemoryCursors.decode(q.cursor(), "CHANGE", "feed");
        if (!Ulid.isValid(position) && !Ulid.isTimePrefix(position)) throw new InvalidCursorException();
        if (position.compareTo(oldest) < 0) position = oldest;
        List<ChangeEvent> items = new ArrayList<>();
        boolean full = false;
        if (position.compareTo(horizon) < 0) {
            for (ChangeEvent e : events.subMap(position, false, horizon, false).values()) {
                if (q.type() != null && !q.type().equals(e.type())) continue;
                if (q.claimId() != null && !q.claimId().equals(e.claimId())) continue;
                items.add(e);
                if (items.size() == q.limit()) {
                    full = true;
                    position = e.id();
                    break;
                }
            }
            if (!full) position = horizon;
        }
        return new ChangePage(
                List.copyOf(items), MemoryCursors.encode("CHANGE", "feed", position), position.compareTo(horizon) < 0);
    }

    /** Every event, in id order: for tests. */
    synchronized List<ChangeEvent> all() {
        return List.copyOf(events.values());
    }
}
