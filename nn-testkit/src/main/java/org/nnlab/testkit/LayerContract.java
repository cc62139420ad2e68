package org.nnlab.testkit;

import static org.nnlab.testkit.Checks.assertBitIdentical;
import static org.nnlab.testkit.Checks.require;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;

/**
 * The contract of a {@link Layer}. Implement {@link #layer()} (and {@link #inputShape()} when the layer needs a
 * particular one) and every default test runs against it: {@code dC/dinput} and every parameter's gradient
 * against central finite differences of {@code L = sum(output * g)}, the same bits twice and for 1, 2 and 3
 * threads, no allocation per batch after warm-up, evaluation that does not depend on the batch's noise, output
 * shapes as declared, and the checks of {@link PluginContract}.
 *
 * <p>Inputs are distinct values at least 0.05 apart (so max-pooling's winner does not move under the 0.01
 * step); parameters are N(0, 0.25) from a fixed seed; batches have 5 rows, split unevenly between threads.
 */
public interface LayerContract extends PluginContract {
    /** The finite-difference step. */
    double STEP = 1e-2;
    /** The most elements checked per matrix, picked from a fixed seed. */
    int SAMPLES = 60;
    int ROWS = 5;

    /** The layer under test, configured. */
    Layer layer();

    /** An input shape the layer takes. */
    default Shape inputShape() {
        return new Shape(2, 6, 6);
    }

    /** An input shape the layer must refuse with a message, if there is one. */
    default Optional<Shape> impossibleInput() {
        return Optional.empty();
    }

    /** Relative tolerance of the gradient checks; a tenth of it is the absolute floor near 0. */
    default double gradientTolerance() {
        return 1e-2;
    }

    @Override
    default Plugin plugin() {
        return layer();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return layer().configure(params);
    }

    @Test
    default void outputShapeIsTheInstances() {
        Shape out = layer().outputShape(inputShape());
        Layer.Instance instance = layer().create(inputShape(), "layer1");
        require(instance.input().equals(inputShape()) && instance.output().equals(out), layer().name()
                + ": create(" + inputShape() + ") made " + instance.input() + " -> " + instance.output()
                + " but outputShape says " + out);
    }

    @Test
    default void refusesAnImpossibleInputWithAMessage() {
        if (impossibleInput().isEmpty()) {
            return;
        }
        try {
            Shape out = layer().outputShape(impossibleInput().get());
            throw new AssertionError(layer().name() + ": outputShape(" + impossibleInput().get() + ") gave " + out
                    + " but should refuse it with a UserException");
        } catch (UserException e) {
            require(!e.getMessage().isBlank(), layer().name() + ": the refusal needs a message");
        }
    }

    @Test
    default void inputGradientMatchesFiniteDifferences() {
        try (TestBatchContext context = new TestBatchContext(1, true, 7)) {
            LayerRun run = new LayerRun(layer(), inputShape(), ROWS, 11, 1);
            run.forward(context);
            run.backward(context);
            Matrix analytic = run.inputGradient.copy();
            check(run, run.input, analytic, "dC/dinput", context);
        }
    }

    @Test
    default void parameterGradientsMatchFiniteDifferences() {
        try (TestBatchContext context = new TestBatchContext(1, true, 7)) {
            LayerRun run = new LayerRun(layer(), inputShape(), ROWS, 13, 1);
            run.forward(context);
            run.backward(context);
            for (Parameter p : run.parameters()) {
                check(run, p.value(), p.gradient().copy(), p.name() + " gradient", context);
            }
        }
    }

    private void check(LayerRun run, Matrix perturbed, Matrix analytic, String what, TestBatchContext context) {
        float[] x = perturbed.data();
        SplittableRandom pick = new SplittableRandom(17);
        int count = Math.min(SAMPLES, x.length);
        for (int s = 0; s < count; s++) {
            int i = x.length <= SAMPLES ? s : pick.nextInt(x.length);
            float saved = x[i];
            x[i] = (float) (saved + STEP);
            double up = run.objective(context);
            x[i] = (float) (saved - STEP);
            double down = run.objective(context);
            x[i] = saved;
            double numeric = (up - down) / (2 * STEP);
            double computed = analytic.data()[i];
            require(Numbers.agree(computed, numeric, gradientTolerance(), 0), layer().name() + ": " + what
                    + " at element " + i + " (row " + i / perturbed.cols() + ") is " + Numbers.show(computed)
                    + " but central differences give " + Numbers.show(numeric) + " (input " + inputShape() + ")");
        }
    }

    @Test
    default void sameBitsTwice_andForOneTwoAndThreeThreads() {
        LayerRun reference = trainingStep(1);
        for (int threads : new int[] {1, 2, 3}) {
            LayerRun again = trainingStep(threads);
            String with = " with " + threads + " thread(s)";
            assertBitIdentical(reference.output, again.output, layer().name() + ": output" + with);
            assertBitIdentical(reference.inputGradient, again.inputGradient, layer().name() + ": dC/dinput" + with);
            List<Parameter> expected = reference.parameters();
            for (int p = 0; p < expected.size(); p++) {
                assertBitIdentical(expected.get(p).gradient(), again.parameters().get(p).gradient(),
                        layer().name() + ": " + expected.get(p).name() + " gradient" + with);
            }
        }
    }

    private LayerRun trainingStep(int threads) {
        try (TestBatchContext context = new TestBatchContext(threads, true, 5)) {
            LayerRun run = new LayerRun(layer(), inputShape(), ROWS, 19, threads);
            run.forward(context);
            run.backward(context);
            return run;
        }
    }

    @Test
    default void evaluationDoesNotDependOnTheBatchNoise() {
        try (TestBatchContext context = new TestBatchContext(1, false, 1)) {
            LayerRun run = new LayerRun(layer(), inputShape(), ROWS, 23, 1);
            run.forward(context);
            Matrix first = run.output.copy();
            context.set(false, 99);
            run.forward(context);
            assertBitIdentical(first, run.output, layer().name() + ": evaluation output under other noise");
        }
    }

    @Test
    default void allocatesNothingPerBatchAfterWarmUp() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (TestBatchContext context = new TestBatchContext(1, true, 3)) {
            LayerRun run = new LayerRun(layer(), inputShape(), ROWS, 29, 1);
            // enough batches for the JIT's optimising compiler, whose escape analysis removes short-lived objects
            for (int i = 0; i < 3000; i++) {
                context.set(true, i);
                run.forward(context);
                run.backward(context);
            }
            long before = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 100; i++) {
                context.set(i % 2 == 0, i);
                run.forward(context);
                run.backward(context);
            }
            long bytes = bean.getCurrentThreadAllocatedBytes() - before;
            require(bytes < 1024, layer().name() + ": 100 batches after warm-up allocated " + bytes
                    + " bytes; allocate buffers in workspace(), not in forward or backward");
        }
    }
}
