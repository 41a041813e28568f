package org.factcheck.claims.domain;

/** An enum whose constants have a name on the wire other than their Java name; see {@link Enums#fromWireName}. */
public interface WireNamed {
    String wireName();
}
