package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nnlab.api.DataSplits;
import org.nnlab.core.Network;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.wiring.Injection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nn eval RUN_DIR}: the trained model on the test set: accuracy, confusion matrix, per-class figures. */
@Command(name = "eval", description = "Evaluate a run's model on its test set: accuracy, confusion matrix,"
        + " per-class precision, recall and F1.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by nn run.")
    Path runDir;

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
        Injector injector = TrainedRun.open(RecordedData.context(runDir, env.datasets(), dataRoot),
                pluginOptions.load(env).registry(), runDir, model.best);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        ConfusionMatrix matrix = new Classifier(Injection.instance(injector, Network.class)).evaluate(data.test());
        env.out().printf(Locale.ROOT, "%s on %d test examples: accuracy %.2f%% (%d correct)%n", runDir,
                matrix.total(), 100 * matrix.accuracy(), Math.round(matrix.accuracy() * matrix.total()));
        env.out().println("model: " + modelLine());
        env.out().println("data: " + (data.sourceFiles().isEmpty() ? "built into the dataset plugin"
                : data.sourceFiles().stream().map(p -> p.toAbsolutePath().toString())
                        .collect(Collectors.joining(", "))));
        env.out().println();
        env.out().print(matrix.render());
        return ExitCodes.OK;
    }

    /** The model file used and its epoch, as the run's summary.json tells it. */
    private String modelLine() {
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
