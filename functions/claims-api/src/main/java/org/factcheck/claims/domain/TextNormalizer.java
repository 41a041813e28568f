package org.factcheck.claims.domain;

import java.text.Normalizer;
import java.util.Locale;
import org.factcheck.claims.hashing.Sha256;

/**
 * Normalization for matching names and statements: Unicode NFKC (so compatibility
 * look-alikes such as full-width letters fold together), case folded, whitespace
 * collapsed, punctuation and symbols trimmed from both ends.
 */
public final class TextNormalizer {
    /** The rule for names, in bodies and in query parameters alike. */
    public static final String NAME_RULE = "must contain a letter or digit";

    private TextNormalizer() {}

    /** Names are matched after normalization, so one without a letter or digit there matches nothing. */
    public static boolean hasLetterOrDigit(String normalized) {
        return normalized.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    public static String normalize(String text) {
        // Upper then lower case folds more than lower alone (ß and SS meet as ss).
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        s = collapse(s, true).strip();
        int start = 0;
        int end = s.length();
        while (start < end && trimmable(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && trimmable(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end).strip();
    }

    private static boolean trimmable(int cp) {
        if (Character.isWhitespace(cp)) return true;
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** A fixed-length key for "the same statement by the same speaker". */
    public static String duplicateKey(String speakerName, String statement) {
        return Sha256.hex(skeleton(speakerName) + "\u0000" + skeleton(statement));
    }

    /**
     * {@link #normalize} plus folding of look-alikes, so a resubmission dressed up with
     * Cyrillic or Greek letters that look Latin, invisible characters or combining marks
     * still counts as the same statement. Used only for duplicate detection.
     */
    public static String skeleton(String text) {
        String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT)
                continue;
            int at = CONFUSABLE_FROM.indexOf(c);
            out.append(at >= 0 ? CONFUSABLE_TO.charAt(at) : c);
        }
        return collapse(out, false).strip();
    }

    /**
     * Each run of spaces (with {@code anyWhitespace}, of {@code [\\s\\p{Z}]}: ASCII white
     * space and Unicode separators) as one space. A loop, not a regex: normalize runs for
     * every name, outlet and statement of a request, and the regex was most of its time.
     */
    static String collapse(CharSequence text, boolean anyWhitespace) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (anyWhitespace && isWhitespace(c))) {
                if (!inRun) out.append(' ');
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean isWhitespace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
            default -> {
                int type = Character.getType(c);
                yield type == Character.SPACE_SEPARATOR
                        || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
            }
        };
    }

    // Lower-case Cyrillic and Greek letters that render like Latin ones (after case folding).
    private static final String CONFUSABLE_FROM = "аесорхуіјѕԁԛԝһӏвкмнтοαρτυνικεχ";
    private static final String CONFUSABLE_TO = "aecopxyijsdqwhlbkmhtoaptuvikex";
}
