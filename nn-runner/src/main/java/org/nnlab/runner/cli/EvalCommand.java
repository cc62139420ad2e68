package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.api.DataSplits;
import org.nnlab.core.Network;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.wiring.Injection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        Injector injector = TrainedRun.open(env, pluginOptions.load(env).registry(), runDir, model.best);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        ConfusionMatrix matrix = new Classifier(Injection.instance(injector, Network.class)).evaluate(data.test());
        env.out().printf(Locale.ROOT, "%s on %d test examples: accuracy %.2f%% (%d correct)%n%n", runDir,
                matrix.total(), 100 * matrix.accuracy(), Math.round(matrix.accuracy() * matrix.total()));
        env.out().print(matrix.render());
        return ExitCodes.OK;
    }
}
