package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void shortValues_areEchoedWhole() {
        String sixty = "x".repeat(60);
        assertEquals(sixty, Echo.cut(sixty), "60 characters are echoed whole");
        assertEquals("\"" + sixty + "\"", Echo.quoted(sixty));
    }

    @Test
    void longValues_areCutTo60Characters_withTheirLength() {
        String big = "y".repeat(100_000);
        assertEquals("y".repeat(60) + "... (100000 characters)", Echo.cut(big));
        assertEquals("\"" + "y".repeat(60) + "\"... (100000 characters)", Echo.quoted(big));
    }

    @Test
    void aSurrogatePair_isNotCutInHalf() {
        String text = "a".repeat(59) + "\uD83D\uDE00" + "b".repeat(10);
        assertEquals("a".repeat(59) + "... (71 characters)", Echo.cut(text));
    }

    @Test
    void lineBreaks_areEscaped_soTheMessageStaysOneLine() {
        assertEquals("a\\nb\\tc", Echo.cut("a\nb\tc"));
        assertEquals("\"" + "x\\n".repeat(30) + "\"... (100 characters)", Echo.quoted("x\n".repeat(50)));
    }
}
