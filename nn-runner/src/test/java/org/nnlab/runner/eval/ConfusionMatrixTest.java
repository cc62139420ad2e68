package org.nnlab.runner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    @Test
    void precisionRecallAndF1_byHand() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        // class 0: 3 right, 1 taken for 1; class 1: 2 right; class 2: never present, predicted once (for a 1)
        m.add(0, 0);
        m.add(0, 0);
        m.add(0, 0);
        m.add(0, 1);
        m.add(1, 1);
        m.add(1, 1);
        m.add(1, 2);
        assertEquals(5 / 7.0, m.accuracy(), 1e-12);
        assertEquals(1.0, m.precision(0), 1e-12);
        assertEquals(0.75, m.recall(0), 1e-12);
        assertEquals(2 * 0.75 / 1.75, m.f1(0), 1e-12);
        assertEquals(2 / 3.0, m.precision(1), 1e-12);
        assertEquals(2 / 3.0, m.recall(1), 1e-12);
        assertEquals(0.0, m.precision(2), 1e-12);
        assertTrue(Double.isNaN(m.recall(2)), "no example of class 2");
        assertTrue(m.render().contains("    2     0.0000       -       -        0"), m.render());
    }
}
