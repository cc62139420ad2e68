package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void under_prefixesThePath() {
        assertEquals(new Problem("optimizer.learning-rate", "m"), new Problem("learning-rate", "m").under("optimizer"),
                "the prefix goes before the path, joined by a dot");
        assertEquals(new Problem("optimizer", "m"), new Problem("", "m").under("optimizer"),
                "a problem of the whole thing moves to the prefix itself");
        assertEquals(new Problem("l2", "m"), new Problem("l2", "m").under(""), "an empty prefix changes nothing");
    }

    @Test
    void toString_isPathThenMessage() {
        assertEquals("optimizer.l2: expected a number", new Problem("optimizer.l2", "expected a number").toString(),
                "path, colon, message");
        assertEquals("file is empty", new Problem("", "file is empty").toString(), "no path, just the message");
    }
}
