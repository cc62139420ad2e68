package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Params;

/** Broken losses plugged into {@link LossContract} fail the check aimed at their bug, and say why. */
class LossContractFailuresTest {
    private static final Pattern GRADIENTS = Pattern.compile(
            "gradient gave (\\S+), finite difference gave (\\S+) \\(");

    @Test
    void wrongCrossEntropyGradient_failsGradientCheck_namingPluginInputAndBothGradients() {
        LossContract contract = BrokenLosses::crossEntropyWithWrongGradient;

        AssertionError error = assertThrows(AssertionError.class,
                contract::gradientMatchesFiniteDifferences_oneHotTargets);

        // The first batch is 1x1: a one-hot target of one column is 1, and a is the seed's first draw.
        TestBatch batch = TestBatch.SHAPES.get(0);
        float a = RandomMatrices.probabilities(new SplittableRandom(batch.seed()), 1, 1).get(0, 0);
        String message = error.getMessage();
        assertTrue(message.startsWith("cross-entropy: dC/da at row 0 col 0 (a=" + a + ", y=1.0): gradient gave "),
                message);
        Matcher m = GRADIENTS.matcher(message);
        assertTrue(m.find(), "message should give both gradients: " + message);
        double wrong = (a - 1.0) / a;
        double right = (a - 1.0) / (a * (1.0 - a));
        assertEquals(wrong, Double.parseDouble(m.group(1)), 1e-3 * Math.abs(wrong), message);
        assertEquals(right, Double.parseDouble(m.group(2)), 1e-3 * Math.abs(right), message);
    }

    @Test
    void averagingCost_failsSumCheck() {
        LossContract contract = BrokenLosses::averagingQuadratic;

        AssertionError error = assertThrows(AssertionError.class, contract::costIsSumOverExamples);

        assertTrue(error.getMessage().startsWith("mean-quadratic: cost of a 3x2 batch"), error.getMessage());
        assertTrue(error.getMessage().contains("not the mean"), error.getMessage());
    }

    @Test
    void unguardedLogarithm_failsSaturationCheck() {
        LossContract contract = BrokenLosses::unguardedLogLikelihood;

        AssertionError error = assertThrows(AssertionError.class, contract::staysFiniteOnSaturatedOutputs);

        // a = Float.MIN_VALUE with y = 1 makes -y / a overflow to -Infinity in float.
        assertTrue(error.getMessage().startsWith("unguarded-log-likelihood: gradient gave -Infinity at row "),
                error.getMessage());
        assertTrue(error.getMessage().contains("(a=1.4E-45, y=1.0)"), error.getMessage());
    }

    @Test
    void inexactFusedDelta_failsAgainstGeneralPath() {
        LogisticActivation logistic = new LogisticActivation();

        AssertionError error = assertThrows(AssertionError.class, () -> FusedDeltaCheck.matchesGeneralPath(
                BrokenLosses.quadraticClaimingFusedLogistic(), logistic.configure(Params.defaults(logistic))));

        assertTrue(error.getMessage().startsWith("quadratic with logistic: fused delta at row "), error.getMessage());
        assertTrue(error.getMessage().contains("gradient then backward gave"), error.getMessage());
    }

    @Test
    void fusedDeltaChecks_runForEveryDeclaredActivationOnTheClassPath() {
        LossContract contract = BrokenLosses::quadraticClaimingFusedLogistic;

        assertEquals(2, contract.fusedDeltaMatchesGeneralPath().count(),
                "logistic (Form.LOGISTIC) is registered in the test resources: one match and one saturation test");
    }
}
