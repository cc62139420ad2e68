package org.nnlab.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;

/** Each built-in schedule's rates against its formula, worked by hand. */
class SchedulesTest {
    private static Schedule.Run start(Schedule prototype, Map<String, ?> params, double rate, int epochs) {
        return prototype.configure(Params.resolve(prototype, params)).start(rate, epochs);
    }

    @Test
    void constantKeepsTheOptimizersRateExactly() {
        Schedule.Run run = start(new ConstantSchedule(), Map.of(), 0.1, 30);
        assertEquals(0.1, run.learningRate(1));
        assertEquals(0.1, run.learningRate(30), "the same double, so a constant schedule changes no bits");
    }

    @Test
    void stepMultipliesByFactorEveryFewEpochs() {
        Schedule.Run run = start(new StepSchedule(), Map.of("every", 3, "factor", 0.1), 1.0, 30);
        assertEquals(1.0, run.learningRate(3), "epochs 1-3 at the start");
        assertEquals(0.1, run.learningRate(4), 1e-15, "epochs 4-6 one drop down");
        assertEquals(0.01, run.learningRate(7), 1e-15);
    }

    @Test
    void exponentialMultipliesByGammaEachEpoch() {
        Schedule.Run run = start(new ExponentialSchedule(), Map.of("gamma", 0.5), 0.8, 30);
        assertEquals(0.8, run.learningRate(1));
        assertEquals(0.1, run.learningRate(4), 1e-15, "0.8 * 0.5^3");
    }

    @Test
    void cosineFallsFromTheStartTowardsTheMinimum() {
        Schedule.Run run = start(new CosineSchedule(), Map.of("minimum", 0.1), 0.5, 10);
        assertEquals(0.5, run.learningRate(1), 1e-15, "cos 0 = 1: the start");
        assertEquals(0.3, run.learningRate(6), 1e-15, "half way, cos(pi/2) = 0: the mean of start and minimum");
        assertTrue(run.learningRate(10) > 0.1, "the last epoch is still above the minimum (cos(9 pi / 10))");
    }

    /** network2's exercise: halve after 10 epochs without a better validation accuracy; stop at eta0 / 128. */
    @Test
    void plateauHalvesAfterPatienceEpochsWithoutBetterValidation_andFinishesAtOne128th() {
        Schedule.Run run = start(new PlateauSchedule(), Map.of(), 0.5, 1000);
        List<Double> rates = new ArrayList<>();
        int epoch = 1;
        for (; epoch <= 1000; epoch++) {
            rates.add(run.learningRate(epoch));
            run.epochEnded(epoch, epoch <= 5 ? 0.9 + epoch / 100.0 : 0.9);
            if (run.finished()) {
                break;
            }
        }
        assertEquals(0.5, rates.get(14), "epochs 1-15 at eta0: better until 5, then ten epochs without");
        assertEquals(0.25, rates.get(15), "epoch 16 at eta0 / 2");
        assertEquals(0.25, rates.get(24));
        assertEquals(0.125, rates.get(25), "another ten epochs without, another halving");
        assertEquals(5 + 7 * 10, epoch, "seven halvings reach eta0 / 128, ten epochs apart: training ends then");
    }

    @Test
    void plateauWithoutValidationSetNeverMoves() {
        Schedule.Run run = start(new PlateauSchedule(), Map.of("patience", 1), 0.5, 100);
        for (int epoch = 1; epoch <= 50; epoch++) {
            assertEquals(0.5, run.learningRate(epoch));
            run.epochEnded(epoch, Double.NaN);
        }
        assertFalse(run.finished(), "no validation accuracy, no plateau");
    }
}
