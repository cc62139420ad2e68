package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Broken activations plugged into {@link ActivationContract} fail the check aimed at their bug, and say why. */
class ActivationContractFailuresTest {
    private static final Pattern GRADIENTS = Pattern.compile(
            "backward gave (\\S+), finite difference gave (\\S+) \\(");

    @Test
    void wrongSigmoidDerivative_failsGradientCheck_namingPluginInputAndBothGradients() {
        ActivationContract contract = BrokenActivations::sigmoidWithWrongDerivative;

        AssertionError error = assertThrows(AssertionError.class, contract::backwardMatchesFiniteDifferences);

        // The first batch is 1x1: z and g are the first two draws of its seed.
        TestBatch batch = TestBatch.SHAPES.get(0);
        SplittableRandom rng = batch.random();
        float z = RandomMatrices.normal(rng, 1, 1, 2.0).get(0, 0);
        float g = RandomMatrices.normal(rng, 1, 1, 1.0).get(0, 0);
        double a = 1.0 / (1.0 + Math.exp(-z));
        String message = error.getMessage();
        assertTrue(message.startsWith("sigmoid: dC/dz at row 0 col 0 (z=" + z + "): backward gave "), message);
        Matcher m = GRADIENTS.matcher(message);
        assertTrue(m.find(), "message should give both gradients: " + message);
        assertEquals(g * a, Double.parseDouble(m.group(1)), 1e-3 * Math.abs(g * a), message);
        assertEquals(g * a * (1 - a), Double.parseDouble(m.group(2)), 1e-3 * Math.abs(g * a), message);
        assertTrue(message.contains("1x1 batch of moderate inputs (seed " + batch.seed() + ")"), message);
    }

    @Test
    void wrongSigmoidDerivative_failsOnSaturatedInputsToo() {
        ActivationContract contract = BrokenActivations::sigmoidWithWrongDerivative;

        AssertionError error = assertThrows(AssertionError.class,
                contract::backwardMatchesFiniteDifferencesOnSaturatedInputs);

        assertTrue(error.getMessage().contains("large inputs"), error.getMessage());
    }

    @Test
    void diagonalSoftmaxJacobian_failsGradientCheck() {
        ActivationContract contract = BrokenActivations::softmaxWithDiagonalJacobian;

        AssertionError error = assertThrows(AssertionError.class, contract::backwardMatchesFiniteDifferences);

        assertTrue(error.getMessage().startsWith("softmax: dC/dz at row "), error.getMessage());
    }

    @Test
    void naiveSigmoid_failsFinitenessOnSaturatedInputs() {
        ActivationContract contract = BrokenActivations::naiveSigmoid;

        AssertionError error = assertThrows(AssertionError.class, contract::staysFiniteOnSaturatedInputs);

        assertTrue(error.getMessage().matches("naive-sigmoid: forward gave NaN at row \\d+ col \\d+ \\(z=\\S+\\).*"),
                error.getMessage());
    }

    @Test
    void softmaxOverWholeBatch_failsRowIndependence() {
        ActivationContract contract = BrokenActivations::softmaxOverWholeBatch;

        AssertionError error = assertThrows(AssertionError.class, contract::treatsRowsAsIndependentExamples);

        assertTrue(error.getMessage().contains("must not depend on the others"), error.getMessage());
    }

    @Test
    void accumulatingForward_failsStaleOutputCheck() {
        ActivationContract contract = BrokenActivations::accumulatingSigmoid;

        AssertionError error = assertThrows(AssertionError.class, contract::overwritesStaleOutput);

        assertTrue(error.getMessage().startsWith("accumulating-sigmoid: output depends on what the output matrix"),
                error.getMessage());
    }

    @Test
    void unregisteredActivation_failsRegistrationCheck_namingTheServicesFile() {
        ActivationContract contract = BrokenActivations::naiveSigmoid;

        AssertionError error = assertThrows(AssertionError.class, contract::isRegisteredAsService);

        assertTrue(error.getMessage().contains("META-INF/services/org.nnlab.api.Activation"), error.getMessage());
    }

    @Test
    void aFormThatIsNotTheFunction_failsFormCheck() {
        ActivationContract contract = BrokenActivations::tanhDeclaredLogistic;

        AssertionError error = assertThrows(AssertionError.class, contract::declaredFormMatchesItsFormula);

        assertTrue(error.getMessage().startsWith("tanh: declares form LOGISTIC, but forward at row 0 col 0"),
                error.getMessage());
    }
}
