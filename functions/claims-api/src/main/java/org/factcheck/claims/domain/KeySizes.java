package org.factcheck.claims.domain;

import java.nio.charset.StandardCharsets;

/**
 * The database's key size limits, which a value that becomes (part of) a key must meet
 * in UTF-8 bytes after normalization: NFKC can make a 200-character name 18 times longer
 * (U+FDFA), so a length check on the input is not enough.
 */
public final class KeySizes {
    /** A partition key, of the table or of an index. */
    public static final int PARTITION_KEY_BYTES = 2048;
    /**
     * A sort key, of the table or of an index. No request value reaches one as it is:
     * outlets enter the appearance sort key as a hash, ids are checked ULIDs.
     */
    public static final int SORT_KEY_BYTES = 1024;

    private KeySizes() {}

    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** True when a name, normalized as it is stored in the speaker and outlet indexes, fits a partition key. */
    public static boolean fitsNameKey(String name) {
        return utf8Length(TextNormalizer.normalize(name)) <= PARTITION_KEY_BYTES;
    }

    public static final String NAME_RULE =
            "is too long once normalized (Unicode NFKC): at most " + PARTITION_KEY_BYTES + " bytes of UTF-8";
}
