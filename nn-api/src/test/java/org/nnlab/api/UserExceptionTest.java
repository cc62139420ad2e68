package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserExceptionTest {

    @Test
    void message_hasOneLinePerProblem() {
        UserException e = new UserException(List.of(new Problem("a", "bad"), new Problem("", "also bad")));
        assertEquals("a: bad\nalso bad", e.getMessage(), "problems are printed one per line, in order");
        assertEquals(2, e.problems().size(), "every problem is kept");
    }

    @Test
    void rejectsEmptyProblemList() {
        assertThrows(IllegalArgumentException.class, () -> new UserException(List.of()),
                "a user's mistake without a problem is a programming error");
    }

    @Test
    void map_rewritesEveryProblemAndKeepsTheCause() {
        IOException cause = new IOException("disk");
        UserException e = new UserException("cannot read train.idx", cause);
        UserException moved = e.map(p -> p.under("dataset"));
        assertEquals(List.of(new Problem("dataset", "cannot read train.idx")), moved.problems(),
                "map rewrites each problem");
        assertSame(cause, moved.getCause(), "map keeps the cause");
    }
}
