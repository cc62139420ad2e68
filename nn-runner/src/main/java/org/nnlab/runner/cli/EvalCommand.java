package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.eval.Ensemble;
import org.nnlab.runner.eval.Vote;
import org.nnlab.runner.wiring.DatasetLoader;
import org.nnlab.runner.wiring.Injection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn eval RUN_DIR}: the trained model on the test set: accuracy, confusion matrix, per-class figures. With
 * several runs (or a batch), each model's accuracy and that of their plurality vote.
 */
@Command(name = "eval", description = {"Evaluate a run's model on its test set: accuracy, confusion matrix,"
        + " per-class precision, recall and F1.",
    "With several runs (or a batch directory: its finished runs), each model's test accuracy and the ensemble's:"
        + " a plurality vote of the models' predicted classes; " + Vote.TIE_RULE + "."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories made by nn run, or batch"
            + " directories made by nn batch (their finished runs); more than one run: an ensemble vote.")
    List<Path> runDirs;

    @Option(names = "--data-root", paramLabel = "DIR", description = {"Where the dataset's folder is now"
            + " (e.g. DIR for DIR/mnist/), when its files moved since training.",
        "Without it, eval reads the files training read (recorded in provenance.json), whatever NN_DATA_DIR says."})
    Path dataRoot;

    @Mixin
    ModelOptions model;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        List<Path> runs = EvalRuns.expand(runDirs);
        return runs.size() == 1 ? single(env, runs.get(0)) : ensemble(env, runs);
    }

    private int single(Environment env, Path runDir) {
        Injector injector = TrainedRun.open(RecordedData.context(runDir, env.datasets(), dataRoot),
                pluginOptions.load(env).registry(), runDir, model.best);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        ConfusionMatrix matrix = new Classifier(Injection.instance(injector, Network.class)).evaluate(data.test());
        env.out().printf(Locale.ROOT, "%s on %d test examples: %s%n", runDir, matrix.total(), accuracy(matrix));
        env.out().println("model: " + modelLine(runDir));
        env.out().println("data: " + dataLine(data));
        env.out().println();
        env.out().print(matrix.render());
        return ExitCodes.OK;
    }

    /** Each run's model on the one test set they share, then their vote. */
    private int ensemble(Environment env, List<Path> runs) {
        EvalRuns.requireSameTestData(runs);
        var registry = pluginOptions.load(env).registry();
        DatasetLoader loader = new DatasetLoader(RecordedData.context(runs.get(0), env.datasets(), dataRoot));
        List<float[]> outputs = new ArrayList<>();
        DataSplits first = null;
        int classes = 0;
        for (Path run : runs) {
            Injector injector = TrainedRun.open(registry, run, model.best, loader);
            DataSplits data = Injection.instance(injector, DataSplits.class);
            Network network = Injection.instance(injector, Network.class);
            if (first == null) {
                first = data;
                classes = network.outputs();
            } else if (network.outputs() != classes) {
                throw new UserException(runs.get(0) + " has " + classes + " classes and " + run + " has "
                        + network.outputs() + "; an ensemble votes among one set of classes, so give runs of the"
                        + " same dataset");
            } else if (!sameExamples(first.test(), data.test())) {
                throw EvalRuns.differentData(runs.get(0), run, "their test sets as loaded now differ");
            }
            outputs.add(new Classifier(network).outputs(data.test()));
        }
        int[] labels = first.test().labels();
        Ensemble ensemble = new Ensemble(outputs, labels, classes);
        env.out().printf(Locale.ROOT, "%d models on %d test examples%n", runs.size(), labels.length);
        int width = runs.stream().mapToInt(r -> r.toString().length()).max().orElse(0);
        for (int m = 0; m < runs.size(); m++) {
            env.out().printf(Locale.ROOT, "  %-" + width + "s  %s  model: %s%n", runs.get(m),
                    accuracy(ensemble.model(m)), modelLine(runs.get(m)));
        }
        ConfusionMatrix vote = ensemble.vote();
        env.out().printf(Locale.ROOT, "ensemble (plurality vote; %s): %s%n", Vote.TIE_RULE, accuracy(vote));
        env.out().println("data: " + dataLine(first));
        env.out().println();
        env.out().print(vote.render());
        return ExitCodes.OK;
    }

    private static boolean sameExamples(Examples a, Examples b) {
        if (a.count() != b.count() || a.classCount() != b.classCount() || a.featureCount() != b.featureCount()
                || !Arrays.equals(a.features(), b.features())) {
            return false;
        }
        return Arrays.equals(a.labels(), b.labels());
    }

    private static String accuracy(ConfusionMatrix matrix) {
        return String.format(Locale.ROOT, "accuracy %.2f%% (%d correct)", 100 * matrix.accuracy(),
                Math.round(matrix.accuracy() * matrix.total()));
    }

    private static String dataLine(DataSplits data) {
        return data.sourceFiles().isEmpty() ? "built into the dataset plugin"
                : data.sourceFiles().stream().map(p -> p.toAbsolutePath().toString())
                        .collect(Collectors.joining(", "));
    }

    /** The model file used and its epoch, as the run's summary.json tells it. */
    private String modelLine(Path runDir) {
        Path file = runDir.resolve(TrainedRun.modelFile(model.best));
        RunResult summary = RunResult.read(runDir);
        if (model.best && summary.bestEpoch() > 0) {
            return String.format(Locale.ROOT, "%s (epoch %d, the best validation accuracy: %.2f%%)", file,
                    summary.bestEpoch(), 100 * summary.bestValidationAccuracy());
        }
        if (!model.best && summary.epochsRun() > 0) {
            return file + " (epoch " + summary.epochsRun() + ", the last finished)";
        }
        return file.toString();
    }
}
