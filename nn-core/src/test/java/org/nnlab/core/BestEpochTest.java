package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BestEpochTest {
    private static Evaluation accuracy(double a) {
        return new Evaluation(1.0, a, (int) (a * 100), 100);
    }

    @Test
    void theFirstOfTheHighestValidationAccuracies() {
        BestEpoch best = new BestEpoch();
        assertEquals(0, best.epoch());
        assertTrue(Double.isNaN(best.validationAccuracy()));
        assertTrue(best.offer(1, accuracy(0.90)));
        assertTrue(best.offer(2, accuracy(0.95)));
        assertFalse(best.offer(3, accuracy(0.95)), "a tie keeps the earlier epoch");
        assertFalse(best.offer(4, accuracy(0.93)));
        assertEquals(2, best.epoch());
        assertEquals(0.95, best.validationAccuracy());
    }

    @Test
    void withoutAValidationSet_theLatestEpoch() {
        BestEpoch best = new BestEpoch();
        assertTrue(best.offer(1, Evaluation.NONE));
        assertTrue(best.offer(2, Evaluation.NONE));
        assertEquals(2, best.epoch());
        assertTrue(Double.isNaN(best.validationAccuracy()));
    }
}
