package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.testkit.BrokenLayers.Bug;

/** Broken layers plugged into {@link LayerContract} fail the check aimed at their bug, and say why. */
class LayerContractFailuresTest {

    @Test
    void theCorrectScaleLayerPassesEveryCheck() {
        LayerContract contract = BrokenLayers.contract(Bug.NONE);
        contract.inputGradientMatchesFiniteDifferences();
        contract.parameterGradientsMatchFiniteDifferences();
        contract.sameBitsTwice_andForOneTwoAndThreeThreads();
        contract.allocatesNothingPerBatchAfterWarmUp();
        contract.evaluationDoesNotDependOnTheBatchNoise();
    }

    @Test
    void aWrongInputGradient_failsTheInputGradientCheck() {
        AssertionError e = assertThrows(AssertionError.class,
                BrokenLayers.contract(Bug.INPUT_GRADIENT_WITHOUT_WEIGHT)::inputGradientMatchesFiniteDifferences);
        assertTrue(e.getMessage().startsWith("scale: dC/dinput at element "), e.getMessage());
        assertTrue(e.getMessage().contains("but central differences give"), e.getMessage());
    }

    @Test
    void anAveragedWeightGradient_failsTheParameterCheck_namingTheParameter() {
        AssertionError e = assertThrows(AssertionError.class,
                BrokenLayers.contract(Bug.AVERAGED_WEIGHT_GRADIENT)::parameterGradientsMatchFiniteDifferences);
        assertTrue(e.getMessage().startsWith("scale: layer1.weights gradient at element "), e.getMessage());
    }

    @Test
    void sumsThatDependOnTheThreadCount_failTheDeterminismCheck() {
        AssertionError e = assertThrows(AssertionError.class,
                BrokenLayers.contract(Bug.SUM_PER_THREAD_PART)::sameBitsTwice_andForOneTwoAndThreeThreads);
        assertTrue(e.getMessage().contains("layer1.biases gradient with "), e.getMessage());
    }

    @Test
    void allocatingPerBatch_failsTheAllocationCheck() {
        AssertionError e = assertThrows(AssertionError.class,
                BrokenLayers.contract(Bug.ALLOCATES_PER_BATCH)::allocatesNothingPerBatchAfterWarmUp);
        assertTrue(e.getMessage().contains("allocated"), e.getMessage());
    }

    @Test
    void noiseInEvaluation_failsTheEvaluationCheck() {
        AssertionError e = assertThrows(AssertionError.class,
                BrokenLayers.contract(Bug.NOISY_EVALUATION)::evaluationDoesNotDependOnTheBatchNoise);
        assertTrue(e.getMessage().contains("evaluation output under other noise"), e.getMessage());
    }
}
