package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Optimizer;

/** Broken optimizers plugged into {@link OptimizerContract} fail the check aimed at their bug, and say why. */
class OptimizerContractFailuresTest {

    @Test
    void stateSharedBetweenStarts_failsIndependenceCheck() {
        Optimizer shared = BrokenOptimizers.sharedMomentum();
        OptimizerContract contract = () -> shared;

        AssertionError error = assertThrows(AssertionError.class, contract::keepsSeparateStatePerStart);

        assertTrue(error.getMessage().startsWith("shared-momentum: a run interleaved with another start()"),
                error.getMessage());
    }

    @Test
    void gradientAscent_failsBowlCheck() {
        OptimizerContract contract = BrokenOptimizers::ascending;

        AssertionError error = assertThrows(AssertionError.class, contract::stepsApproachTheMinimumOfABowl);

        assertTrue(error.getMessage().startsWith("ascending: after 200 steps on a bowl"), error.getMessage());
    }

    @Test
    void stateOutsideTheElements_failsRangeCheck() {
        OptimizerContract contract = BrokenOptimizers::countsCalls;

        AssertionError error = assertThrows(AssertionError.class, contract::updateInRangesGivesTheBitsOfAWholeUpdate);

        assertTrue(error.getMessage().startsWith("counts-calls: updates of ranges, later elements first"),
                error.getMessage());
    }

    @Test
    void zeroGradientShortcutThatSkipsDecay_failsRangeCheck() {
        OptimizerContract contract = BrokenOptimizers::skipsDecayOnZeroRows;

        AssertionError error = assertThrows(AssertionError.class, contract::updateInRangesGivesTheBitsOfAWholeUpdate);

        assertTrue(error.getMessage().startsWith("skips-decay: updateZeroGradient on a row of zero gradients"),
                error.getMessage());
    }
}
