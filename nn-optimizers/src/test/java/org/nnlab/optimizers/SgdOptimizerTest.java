package org.nnlab.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.testkit.OptimizerContract;

class SgdOptimizerTest implements OptimizerContract {
    private static Optimizer sgd(Map<String, ?> params) {
        SgdOptimizer prototype = new SgdOptimizer();
        return prototype.configure(Params.resolve(prototype, params));
    }

    @Override
    public Optimizer optimizer() {
        return sgd(Map.of("learning-rate", 0.5, "l2", 5.0, "momentum", 0.5));
    }

    @Test
    void oneStepIsNielsenEquations93And94() {
        Matrix w = Matrix.of(new float[]{1f, -2f});
        Matrix gw = Matrix.of(new float[]{4f, 8f});
        Matrix b = Matrix.of(new float[]{3f});
        Matrix gb = Matrix.of(new float[]{2f});
        List<Parameter> parameters = List.of(new Parameter("w", w, gw, true), new Parameter("b", b, gb, false));
        sgd(Map.of("learning-rate", 0.5, "l2", 5.0)).start(parameters, 100).apply(parameters, 4, 0.5);
        // w <- (1 - 0.5 * 5 / 100) w - (0.5 / 4) grad ; b <- b - (0.5 / 4) grad
        assertEquals(0.975f * 1f - 0.125f * 4f, w.get(0, 0), 1e-7f, "(93) for w[0]");
        assertEquals(0.975f * -2f - 0.125f * 8f, w.get(0, 1), 1e-7f, "(93) for w[1]");
        assertEquals(3f - 0.125f * 2f, b.get(0, 0), 1e-7f, "(94): biases are not decayed");
    }

    @Test
    void momentumAccumulatesVelocity() {
        Matrix w = Matrix.of(new float[]{0f});
        Matrix g = Matrix.of(new float[]{1f});
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        Optimizer.Step step = sgd(Map.of("learning-rate", 1.0, "momentum", 0.9)).start(parameters, 10);
        step.apply(parameters, 1, 1.0);
        assertEquals(-1f, w.get(0, 0), 1e-7f, "v = -1");
        step.apply(parameters, 1, 1.0);
        assertEquals(-1f - 1.9f, w.get(0, 0), 1e-6f, "v = 0.9 * -1 - 1 = -1.9");
    }

    @Test
    void nesterovStepsFromWhereTheVelocityLeads() {
        Matrix w = Matrix.of(new float[]{0f});
        Matrix g = Matrix.of(new float[]{1f});
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        Optimizer.Step step = sgd(Map.of("learning-rate", 1.0, "momentum", 0.9, "nesterov", true))
                .start(parameters, 10);
        step.apply(parameters, 1, 1.0);
        assertEquals(-1.9f, w.get(0, 0), 1e-6f, "v = -1; w += 0.9 v - 1");
        step.apply(parameters, 1, 1.0);
        assertEquals(-1.9f - 2.71f, w.get(0, 0), 1e-6f, "v = -1.9; w += 0.9 v - 1 = -2.71");
    }

    @Test
    void nesterovWithoutMomentumIsRejected() {
        UserException e = assertThrows(UserException.class, () -> sgd(Map.of("nesterov", true)));
        assertEquals("nesterov", e.problems().get(0).path(), "the message points at the key");
        assertTrue(e.getMessage().contains("momentum"), e.getMessage());
    }

    @Test
    void aScheduledLearningRateScalesTheStepAndTheDecay() {
        Matrix w = Matrix.of(new float[]{1f});
        Matrix g = Matrix.of(new float[]{4f});
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        sgd(Map.of("learning-rate", 0.5, "l2", 5.0)).start(parameters, 100).apply(parameters, 4, 0.25);
        assertEquals((float) (1 - 0.25 * 5 / 100) - 0.0625f * 4f, w.get(0, 0), 1e-7f, "eta 0.25, not 0.5");
    }

    @Test
    void penaltyIsNielsen85() {
        Matrix w = Matrix.of(new float[]{3f, 4f});
        Matrix b = Matrix.of(new float[]{100f});
        List<Parameter> parameters = List.of(new Parameter("w", w, new Matrix(1, 2), true),
                new Parameter("b", b, new Matrix(1, 1), false));
        assertEquals(0.5 * 5.0 / 10 * 25.0, sgd(Map.of("l2", 5.0)).penalty(parameters, 10), 1e-12,
                "(lambda / 2n) sum w^2 over weights only");
    }

    /**
     * The engine has not written a zero-gradient row's gradient: every rule reads nothing there (the sentinel
     * stays) and gives update's bits on written zeros, signed zeros included.
     */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "momentum", "nesterov"})
    void zeroGradientRowsGiveUpdatesBitsWithoutTouchingTheGradient(String rule) {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("learning-rate", 0.5, "l2", 5.0));
        if (!rule.equals("plain")) {
            settings.put("momentum", 0.9);
            settings.put("nesterov", rule.equals("nesterov"));
        }
        float[] start = {-0f, 0f, 1e-45f, -1e-45f, -3f, 2.5f, 1e-30f, -7e-39f};
        float[] previous = {0.25f, -0.5f, -0f, 1e-45f, 4f, -1f, -1e-30f, 3f};
        Matrix explicit = Matrix.wrap(1, 8, start.clone());
        Matrix explicitGradient = new Matrix(1, 8);
        Matrix skipped = Matrix.wrap(1, 8, start.clone());
        Matrix skippedGradient = new Matrix(1, 8);
        List<Parameter> explicitParameters = List.of(new Parameter("w", explicit, explicitGradient, true));
        List<Parameter> skippedParameters = List.of(new Parameter("w", skipped, skippedGradient, true));
        Optimizer.Step explicitStep = sgd(settings).start(explicitParameters, 100);
        Optimizer.Step skippedStep = sgd(settings).start(skippedParameters, 100);
        for (int t = 0; t < 3; t++) {
            // a first step with a gradient gives the velocity something to carry
            float[] g = t == 0 ? previous : new float[8];
            System.arraycopy(g, 0, explicitGradient.data(), 0, 8);
            explicitStep.begin(4, 0.5);
            explicitStep.update(0, 0, 8);
            skippedStep.begin(4, 0.5);
            if (t == 0) {
                System.arraycopy(g, 0, skippedGradient.data(), 0, 8);
                skippedStep.update(0, 0, 8);
                java.util.Arrays.fill(skippedGradient.data(), Float.NaN);
            } else {
                skippedStep.updateZeroGradient(0, skippedGradient.data(), 0, 8);
            }
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(Float.floatToRawIntBits(explicit.data()[i]), Float.floatToRawIntBits(skipped.data()[i]),
                    rule + ": element " + i + " " + explicit.data()[i] + " vs " + skipped.data()[i]);
            assertTrue(Float.isNaN(skippedGradient.data()[i]), rule + ": the unwritten gradient was written");
        }
    }
}
