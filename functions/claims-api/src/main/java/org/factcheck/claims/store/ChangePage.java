package org.factcheck.claims.store;

import java.util.List;

/**
 * A page of the change feed. {@code nextCursor} is always set: it is where the next page
 * starts, now or later. {@code more} is false once the feed has reached its settled present.
 */
public record ChangePage(List<ChangeEvent> items, String nextCursor, boolean more) {}
