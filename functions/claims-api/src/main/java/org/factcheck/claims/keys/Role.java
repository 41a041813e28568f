package org.factcheck.claims.keys;

import java.util.Locale;
import org.factcheck.claims.domain.Enums;
import org.factcheck.claims.domain.WireNamed;

/** Who may do what: each role includes the ones before it. */
public enum Role implements WireNamed {
    /** Newsrooms: every GET route. */
    READER,
    /** Fact-checkers: reader, plus submitting claims, appearances, articles, verdicts and PATCH. */
    FACTCHECKER,
    /** Administrators: fact-checker, plus key management. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The name used in keys, authorizer context and JSON: lower case. */
    @Override
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this wire name, or null. */
    public static Role fromWireName(String name) {
        return Enums.fromWireName(Role.class, name);
    }
}
