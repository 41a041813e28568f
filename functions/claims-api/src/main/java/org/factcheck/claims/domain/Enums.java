package org.factcheck.claims.domain;

import java.util.Arrays;

/** The one reading of enum names (and wire names), in bodies and query parameters alike: exact, case-sensitive. */
public final class Enums {
    private Enums() {}

    /** The constant named {@code name}, or null when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) return constant;
        }
        return null;
    }

    /** The constant of {@code type} whose wire name is {@code name}, or null when there is none. */
    public static <E extends Enum<E> & WireNamed> E fromWireName(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(name)) return constant;
        }
        return null;
    }

    /** The error message for a name that is not one of {@code type}'s. */
    public static String rule(Class<? extends Enum<?>> type) {
        return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
}
