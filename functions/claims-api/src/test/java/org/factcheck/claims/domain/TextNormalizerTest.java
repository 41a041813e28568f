package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseWhitespaceAndEndPunctuation() {
        assertEquals(
                "putin has clearly committed war crimes",
                TextNormalizer.normalize("  “Putin has   clearly committed\twar crimes.”  "));
    }

    @Test
    void composesUnicodeAndFoldsCompatibilityForms() {
        // e + combining acute vs precomposed é; full-width letters vs ASCII
        assertEquals(TextNormalizer.normalize("caf\u00e9"), TextNormalizer.normalize("cafe\u0301"));
        assertEquals("nbc news", TextNormalizer.normalize("ＮＢＣ　News"));
    }

    @Test
    void foldsCaseBeyondLowerCase() {
        assertEquals(TextNormalizer.normalize("STRASSE"), TextNormalizer.normalize("Straße"));
    }

    @Test
    void duplicateDetectionSeesThroughLookAlikes() {
        String original = TextNormalizer.duplicateKey("Joe Biden", "Putin has clearly committed war crimes.");
        assertEquals(
                original,
                TextNormalizer.duplicateKey("Jое Вiden", "Putin has clеarly committed war crimes."),
                "Cyrillic о, е and В");
        assertEquals(
                original,
                TextNormalizer.duplicateKey("Joe Biden", "Putin has clearly com\u200Bmitted war crimes."),
                "a zero-width space");
        assertEquals(
                original,
                TextNormalizer.duplicateKey("Joe Biden", "Putin has cleárly committed war crimes."),
                "a combining accent");
        assertNotEquals(
                original, TextNormalizer.duplicateKey("Joe Biden", "Putin has clearly committed no war crimes."));
    }

    @Test
    void keepsPunctuationInside() {
        assertEquals("u.s. troops", TextNormalizer.normalize("U.S. troops!"));
    }

    @Test
    void duplicateKeyDependsOnSpeakerAndStatement() {
        String a = TextNormalizer.duplicateKey("Joe Biden", "Putin has clearly committed war crimes.");
        assertEquals(a, TextNormalizer.duplicateKey(" joe  BIDEN ", "putin has clearly committed war crimes"));
        assertNotEquals(a, TextNormalizer.duplicateKey("Kamala Harris", "Putin has clearly committed war crimes."));
        assertEquals(64, a.length());
    }

    @Test
    void collapseDoesWhatTheRegexesDid() {
        Pattern anyWhitespace = Pattern.compile("[\\s\\p{Z}]+");
        Pattern spaces = Pattern.compile(" +");
        char[] alphabet =
                " \t\n\u000B\f\r\u00A0\u1680\u2000\u2007\u2028\u2029\u202F\u205F\u3000\u0085\u200Bab.ß\uD83D\uDE00"
                        .toCharArray();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) text.append(alphabet[random.nextInt(alphabet.length)]);
            String t = text.toString();
            assertEquals(anyWhitespace.matcher(t).replaceAll(" "), TextNormalizer.collapse(t, true), t);
            assertEquals(spaces.matcher(t).replaceAll(" "), TextNormalizer.collapse(t, false), t);
        }
    }
}
