package org.nnlab.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnlab.api.DataSplits;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.batch.Comparison;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.wiring.Injection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn compare DIR...}: runs and batches side by side (test accuracy mean ± sd, best validation accuracy,
 * epochs); for exactly two runs, each model evaluated on its test set and the per-class accuracies compared.
 */
@Command(name = "compare", description = "Compare runs or batches side by side: test accuracy mean ± sd (n), best"
        + " validation accuracy, epochs; for two runs, per-class test accuracy differences.")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Run directories (nn run) or batch directories (nn batch).")
    List<Path> dirs;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        env.out().print(Comparison.table(dirs).render());
        if (dirs.size() == 2 && Comparison.isRun(dirs.get(0)) && Comparison.isRun(dirs.get(1))) {
            PluginRegistry registry = pluginOptions.load(env).registry();
            ConfusionMatrix first = evaluate(env, registry, dirs.get(0));
            ConfusionMatrix second = evaluate(env, registry, dirs.get(1));
            env.out().println();
            if (first.classes() != second.classes() || first.total() != second.total()) {
                env.out().printf("per-class accuracy: not compared; the runs were tested on different data (%d"
                        + " classes, %d examples against %d classes, %d examples)%n", first.classes(), first.total(),
                        second.classes(), second.total());
            } else {
                env.out().print(Comparison.perClass(dirs.get(0).toString(), first, dirs.get(1).toString(), second));
            }
        }
        return ExitCodes.OK;
    }

    private static ConfusionMatrix evaluate(Environment env, PluginRegistry registry, Path runDir) {
        var injector = TrainedRun.open(RecordedData.context(runDir, env.datasets(), null), registry, runDir, false);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        return new Classifier(Injection.instance(injector, Network.class)).evaluate(data.test());
    }
}
