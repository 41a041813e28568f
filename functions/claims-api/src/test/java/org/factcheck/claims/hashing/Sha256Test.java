package org.factcheck.claims.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void knownDigests() {
        assertEquals(EMPTY, Sha256.hex(""));
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(EMPTY, Sha256.hex(""), "no state carried over from the last hash");
    }

    @Test
    void concurrentHashesDoNotShareState() {
        List<String> digests = IntStream.range(0, 2_000)
                .parallel()
                .mapToObj(i -> Sha256.hex(i % 2 == 0 ? "" : "abc"))
                .toList();
        for (int i = 0; i < digests.size(); i++) assertEquals(i % 2 == 0 ? EMPTY : ABC, digests.get(i));
    }
}
