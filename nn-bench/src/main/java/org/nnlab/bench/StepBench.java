package org.nnlab.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.host.PluginDirectories;
import org.nnlab.host.PluginRegistry;

/**
 * Nanoseconds per element of an optimizer's step alone, on C2's first-layer weights (784 x 100), stepped in
 * the engine's ranges of 20 rows through {@link Optimizer.Step#update} and, for the same number of elements,
 * {@link Optimizer.Step#updateZeroGradient}: the variants interleaved round by round in one JVM, medians (and
 * minima, steadier on a busy machine).
 *
 * <pre>
 * java -cp 'nn-bench/target/lib/*:nn-bench/target/nn-bench.jar' org.nnlab.bench.StepBench \
 *     [--rounds 15] [--plugins DIR] [--variants 'sgd;sgd:momentum=0.9;adam;heavy-ball:momentum=0.9']
 * </pre>
 */
public final class StepBench {
    private static final int ROWS = 784;
    private static final int COLS = 100;
    private static final int RUN = 20 * COLS;
    private static final int STEPS = 200;

    private StepBench() {
    }

    public static void main(String[] args) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].substring(2), args[i + 1]);
        }
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "15"));
        List<String> variants = List.of(options.getOrDefault("variants", "sgd;sgd:momentum=0.9;adam").split(";"));
        PluginRegistry registry = options.containsKey("plugins")
                ? PluginRegistry.builtInAnd(PluginDirectories.scan(List.of(Path.of(options.get("plugins")))))
                : PluginRegistry.builtIn();
        int count = variants.size();
        Optimizer.Step[] steps = new Optimizer.Step[count];
        float[][] gradients = new float[count][];
        SplittableRandom random = new SplittableRandom(1);
        for (int v = 0; v < count; v++) {
            String[] nameAndParams = variants.get(v).split(":", 2);
            Optimizer optimizer = EpochBench.optimizer(registry, BenchConfig.C2, nameAndParams[0],
                    nameAndParams.length > 1 ? nameAndParams[1] : "");
            Matrix value = new Matrix(ROWS, COLS);
            Matrix gradient = new Matrix(ROWS, COLS);
            for (int i = 0; i < ROWS * COLS; i++) {
                value.data()[i] = (float) random.nextGaussian() * 0.04f;
                gradient.data()[i] = (float) random.nextGaussian() * 0.01f;
            }
            gradients[v] = gradient.data();
            steps[v] = optimizer.start(List.of(new Parameter("weights", value, gradient, true)), 50_000);
        }
        double[][] update = new double[count][rounds];
        double[][] zero = new double[count][rounds];
        for (int round = -3; round < rounds; round++) {
            for (int k = 0; k < count; k++) {
                int v = Math.floorMod(round, 2) == 0 ? k : count - 1 - k;
                long t0 = System.nanoTime();
                for (int s = 0; s < STEPS; s++) {
                    steps[v].begin(10, 0.5);
                    for (int from = 0; from < ROWS * COLS; from += RUN) {
                        steps[v].update(0, from, Math.min(ROWS * COLS, from + RUN));
                    }
                }
                long t1 = System.nanoTime();
                for (int s = 0; s < STEPS; s++) {
                    steps[v].begin(10, 0.5);
                    steps[v].updateZeroGradient(0, gradients[v], 0, ROWS * COLS);
                }
                long t2 = System.nanoTime();
                if (round >= 0) {
                    update[v][round] = (t1 - t0) / (double) STEPS / (ROWS * COLS);
                    zero[v][round] = (t2 - t1) / (double) STEPS / (ROWS * COLS);
                }
            }
        }
        System.out.println("variant,update_ns_per_element,zero_gradient_ns_per_element (medians; minima)");
        for (int v = 0; v < count; v++) {
            java.util.Arrays.sort(update[v]);
            java.util.Arrays.sort(zero[v]);
            System.out.printf(Locale.ROOT, "%s,%.3f,%.3f (%.3f,%.3f)%n", variants.get(v), update[v][rounds / 2],
                    zero[v][rounds / 2], update[v][0], zero[v][0]);
        }
    }
}
