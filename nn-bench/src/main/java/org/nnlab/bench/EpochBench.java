package org.nnlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Initializer;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.Trainer;
import org.nnlab.core.TrainingListener;
import org.nnlab.core.TrainingOptions;
import org.nnlab.core.TrainingResult;
import org.nnlab.host.PluginRegistry;

/**
 * Seconds per epoch of C1-C4 on real MNIST: the median of the training seconds (shuffle + every mini-batch update)
 * of epochs 2..N, after one warm-up epoch; loading and evaluation excluded, as the peers measure.
 *
 * <pre>
 * java -cp 'nn-bench/target/lib/*:nn-bench/target/nn-bench.jar' org.nnlab.bench.EpochBench \
 *     [--configs C1,C2,C3,C4] [--threads 1,2] [--epochs 4] [--limit 50000] [--hidden 30] [--batch 10] [--out results.csv]
 *     [--optimizer sgd] [--optimizer-params momentum=0.9,nesterov=true] [--plugins DIR]
 * </pre>
 * {@code --limit}, {@code --hidden} and {@code --batch} vary the data size, the (first) hidden width and the batch
 * size for the scaling table. MNIST is read from {@code $NN_DATA_DIR/mnist}.
 */
public final class EpochBench {
    private EpochBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        List<BenchConfig> configs = BenchConfig.parse(options.getOrDefault("configs", "C1,C2,C3,C4"));
        int[] threads = Arrays.stream(options.getOrDefault("threads", "1").split(",")).mapToInt(Integer::parseInt).toArray();
        int epochs = Integer.parseInt(options.getOrDefault("epochs", "4"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "50000"));
        PluginRegistry registry = options.containsKey("plugins")
                ? PluginRegistry.builtInAnd(org.nnlab.host.PluginDirectories.scan(List.of(Path.of(options.get("plugins")))))
                : PluginRegistry.builtIn();
        optimizerName = options.getOrDefault("optimizer", "sgd");
        optimizerParams = options.getOrDefault("optimizer-params", "");
        DataSplits mnist = load(registry, limit);

        List<String> rows = new ArrayList<>();
        rows.add("config,layers,batch,examples,threads,median_epoch_s,min_epoch_s,max_epoch_s,gflops,final_test_acc");
        for (BenchConfig config : configs) {
            int[] sizes = config.sizes.clone();
            if (options.containsKey("hidden")) {
                sizes[1] = Integer.parseInt(options.get("hidden"));
            }
            int batch = Integer.parseInt(options.getOrDefault("batch", Integer.toString(config.batch)));
            for (int t : threads) {
                double[] seconds = run(registry, config, sizes, batch, t, epochs, mnist);
                double[] timed = Arrays.copyOfRange(seconds, 1, seconds.length - 1);
                Arrays.sort(timed);
                double median = timed[timed.length / 2];
                long flops = flopsPerExample(sizes) * mnist.train().count();
                String row = String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.4f,%.4f,%.4f,%.2f,%.4f", config,
                        join(sizes), batch, mnist.train().count(), t, median, timed[0], timed[timed.length - 1],
                        flops / median / 1e9, seconds[seconds.length - 1]);
                System.out.println(row);
                rows.add(row);
            }
        }
        if (options.containsKey("out")) {
            Files.write(Path.of(options.get("out")), rows);
        }
    }

    /** Training seconds of each epoch, then the final test accuracy as the last element. */
    private static double[] run(PluginRegistry registry, BenchConfig config, int[] sizes, int batch, int threads,
                                int epochs, DataSplits data) {
        Network network = new Network(sizes, configured(registry.activation("sigmoid")),
                configured(registry.activation(config.output)));
        RandomStreams random = new RandomStreams(Long.getLong("nn.bench.seed", 1));
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Loss loss = configured(registry.loss(config.loss));
        Optimizer optimizer = optimizer(registry, config, optimizerName, optimizerParams);
        Trainer trainer = new Trainer(network, loss, optimizer, new TrainingOptions(epochs, batch, 0, false, threads));
        TrainingResult result = trainer.train(data, random, TrainingListener.NONE);
        double[] out = new double[epochs + 1];
        for (EpochMetrics m : result.history()) {
            out[m.epoch() - 1] = m.trainSeconds();
        }
        out[epochs] = result.last().test().accuracy();
        return out;
    }

    /**
     * The optimizer of {@code --optimizer} (default sgd) with the config's eta (unless it is Adam-like, whose own
     * default learning rate stands) and lambda where it declares l2, then {@code --optimizer-params k=v,k=v}.
     */
    static Optimizer optimizer(PluginRegistry registry, BenchConfig config, String optimizerName,
                               String optimizerParams) {
        Optimizer prototype = registry.optimizer(optimizerName);
        List<String> declared = prototype.parameters().stream().map(org.nnlab.api.ParamSpec::name).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        if (declared.contains("learning-rate") && !optimizerName.startsWith("adam")) {
            params.put("learning-rate", config.eta);
        }
        if (declared.contains("l2")) {
            params.put("l2", config.lambda);
        }
        for (String pair : optimizerParams.split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=");
                params.put(kv[0], kv[1].equals("true") || kv[1].equals("false") ? (Object) Boolean.valueOf(kv[1])
                        : (Object) Double.valueOf(kv[1]));
            }
        }
        return prototype.configure(Params.resolve(prototype, params));
    }

    private static String optimizerName;
    private static String optimizerParams;

    static DataSplits load(PluginRegistry registry, int limit) throws IOException {
        Dataset mnist = registry.dataset("mnist");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("download", false);
        DataSplits all = mnist.configure(Params.resolve(mnist, params)).load(DatasetContext.fromEnvironment());
        Examples train = limit < all.train().count() ? all.train().slice(0, limit) : all.train();
        // evaluation is excluded from the timing; a small test set keeps the run short
        return new DataSplits(train, Examples.empty(train.featureCount(), train.classCount()),
                all.test(), all.imageWidth(), all.imageHeight(), all.sourceFiles());
    }

    private static long flopsPerExample(int[] sizes) {
        long flops = 0;
        for (int l = 1; l < sizes.length; l++) {
            flops += 2L * sizes[l - 1] * sizes[l] * (l > 1 ? 3 : 2);
        }
        return flops;
    }

    static Activation configured(Activation prototype) {
        return prototype.configure(Params.defaults(prototype));
    }

    static Loss configured(Loss prototype) {
        return prototype.configure(Params.defaults(prototype));
    }

    private static String join(int[] sizes) {
        return Arrays.toString(sizes).replace(", ", "-").replace("[", "").replace("]", "");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: EpochBench [--configs C1,C2] [--threads 1,2] [--epochs N]"
                        + " [--limit N] [--hidden N] [--batch N] [--out FILE]; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
