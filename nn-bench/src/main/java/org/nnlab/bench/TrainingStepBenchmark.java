package org.nnlab.bench;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.core.Backprop;
import org.nnlab.core.Initializer;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernels of one mini-batch, per layer shape: forward, backward (BP1-BP4) and the SGD update. Run with the GC
 * profiler to see the bytes allocated per operation (about 0 after warm-up):
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'nn-bench/target/lib/*:nn-bench/target/nn-bench.jar' \
 *     org.openjdk.jmh.Main TrainingStepBenchmark -prof gc
 * </pre>
 * Inputs are MNIST-like: 19% non-zero values in [0, 1].
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingStepBenchmark {
    @Param({"784-30-10", "784-100-10", "784-64-10", "784-16-16-10"})
    public String layers;

    @Param({"10", "64"})
    public int batch;

    private Backprop pass;
    private Loss loss;
    private Optimizer.Step step;
    private java.util.List<org.nnlab.api.Parameter> parameters;

    @Setup(Level.Trial)
    public void setUp() {
        PluginRegistry registry = PluginRegistry.builtIn();
        int[] sizes = java.util.Arrays.stream(layers.split("-")).mapToInt(Integer::parseInt).toArray();
        Activation sigmoid = registry.activation("sigmoid");
        Network network = new Network(sizes, sigmoid.configure(Params.defaults(sigmoid)),
                sigmoid.configure(Params.defaults(sigmoid)));
        Random random = new Random(1);
        Initializer.SCALED_GAUSSIAN.initialize(network, random);
        Loss crossEntropy = registry.loss("cross-entropy");
        loss = crossEntropy.configure(Params.defaults(crossEntropy));
        Optimizer sgd = registry.optimizer("sgd");
        parameters = network.parameters();
        step = sgd.configure(Params.resolve(sgd, Map.of("learning-rate", 0.1, "l2", 5.0))).start(parameters, 50_000);
        pass = new Backprop(network, batch);
        float[] x = pass.input().data();
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat() < 0.19f ? random.nextFloat() : 0f;
        }
        for (int r = 0; r < batch; r++) {
            pass.target().set(r, random.nextInt(sizes[sizes.length - 1]), 1f);
        }
    }

    @Benchmark
    public void forward() {
        pass.forward();
    }

    @Benchmark
    public void forwardBackward() {
        pass.forward();
        pass.backward(loss);
    }

    @Benchmark
    public void trainingStep() {
        pass.forward();
        pass.backward(loss);
        step.apply(parameters, batch, 0.1);
    }
}
