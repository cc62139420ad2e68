package org.nnlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;
import org.nnlab.api.Optimizer;
import org.nnlab.core.Initializer;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.Trainer;
import org.nnlab.core.TrainingListener;
import org.nnlab.core.TrainingOptions;
import org.nnlab.host.PluginDirectories;
import org.nnlab.host.PluginRegistry;

/**
 * Seconds per epoch of one network under several optimizers, as ratios to the first, measured in one JVM so
 * that the machine's drift cannot bias them: each round trains one epoch (shuffle and every mini-batch update,
 * evaluation excluded) with each variant in turn, in alternating order (A B C, then C B A); the first
 * {@code --warmup} rounds are not counted. Printed per variant: the median seconds per epoch and the median of
 * the per-round ratios to the first variant.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'nn-bench/target/lib/*:nn-bench/target/nn-bench.jar' \
 *     org.nnlab.bench.OptimizerBench [--config C2] [--threads 1] [--rounds 7] [--warmup 2] [--plugins DIR] \
 *     [--variants 'sgd;sgd:momentum=0.9;adam;heavy-ball:momentum=0.9']
 * </pre>
 * A variant is an optimizer name, optionally followed by {@code :k=v,k=v}; it gets the config's learning rate
 * (unless its name starts with adam) and lambda as {@link EpochBench} gives them. {@code --plugins DIR} adds the
 * plugin jars in DIR (e.g. the example plugin's heavy-ball).
 */
public final class OptimizerBench {
    private OptimizerBench() {
    }

    public static void main(String[] args) throws IOException {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("usage: OptimizerBench [--config C2] [--threads 1] [--rounds N]"
                        + " [--warmup N] [--plugins DIR] [--variants 'sgd;sgd:momentum=0.9;adam']; got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        BenchConfig config = BenchConfig.valueOf(options.getOrDefault("config", "C2"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
        List<String> variants = List.of(options.getOrDefault("variants", "sgd;sgd:momentum=0.9;adam").split(";"));
        PluginRegistry registry = options.containsKey("plugins")
                ? PluginRegistry.builtInAnd(PluginDirectories.scan(List.of(Path.of(options.get("plugins")))))
                : PluginRegistry.builtIn();
        DataSplits loaded = EpochBench.load(registry, Integer.parseInt(options.getOrDefault("limit", "50000")));
        Examples none = Examples.empty(loaded.train().featureCount(), loaded.train().classCount());
        DataSplits data = new DataSplits(loaded.train(), none, none, loaded.imageWidth(), loaded.imageHeight(),
                loaded.sourceFiles());

        int count = variants.size();
        double[][] seconds = new double[count][rounds];
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < count; k++) {
                int v = Math.floorMod(round, 2) == 0 ? k : count - 1 - k;
                double s = epochSeconds(registry, config, variants.get(v), threads, data, round);
                if (round >= 0) {
                    seconds[v][round] = s;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d thread(s), %d rounds after %d warm-up%n", config, threads, rounds,
                warmup);
        System.out.println("variant,median_epoch_s,min_epoch_s,max_epoch_s,median_ratio_to_first");
        for (int v = 0; v < count; v++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = seconds[v][r] / seconds[0][r];
            }
            double[] sorted = seconds[v].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.3f%n", variants.get(v), median(seconds[v]),
                    sorted[0], sorted[rounds - 1], median(ratios));
        }
    }

    /** One epoch of a fresh network (seeded by the round) with {@code variant}: its training seconds. */
    private static double epochSeconds(PluginRegistry registry, BenchConfig config, String variant, int threads,
                                       DataSplits data, int round) {
        String[] nameAndParams = variant.split(":", 2);
        Optimizer optimizer = EpochBench.optimizer(registry, config, nameAndParams[0],
                nameAndParams.length > 1 ? nameAndParams[1] : "");
        Network network = new Network(config.sizes, EpochBench.configured(registry.activation("sigmoid")),
                EpochBench.configured(registry.activation(config.output)));
        RandomStreams random = new RandomStreams(100 + round);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, EpochBench.configured(registry.loss(config.loss)), optimizer,
                new TrainingOptions(1, config.batch, 0, false, threads));
        return trainer.train(data, random, TrainingListener.NONE).history().get(0).trainSeconds();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
