package org.nnlab.runner.cli;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.config.PatienceCheck;
import org.nnlab.runner.plugins.LoadedPlugins;
import org.nnlab.runner.progress.LiveProgress;
import org.nnlab.runner.run.ExperimentRun;
import org.nnlab.runner.run.ResumableRun;
import org.nnlab.runner.run.RunDirectory;
import org.nnlab.runner.run.RunOutcome;
import org.nnlab.runner.run.RunSettings;
import org.nnlab.runner.wiring.DataModule;
import org.nnlab.runner.wiring.Injection;
import org.nnlab.runner.wiring.RunModules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn run}: validates the experiment, loads the data and checks the layer sizes, and only then creates the
 * run directory and trains.
 */
@Command(name = "run", description = "Train one experiment; write config, provenance, metrics, summary, model and"
        + " log into a new run directory.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "The experiment, a YAML file.")
    Path config;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue the stopped run in RUN_DIR (killed, interrupted or failed) after its last finished"
                    + " epoch, with the results it would have had had it never stopped; instead of CONFIG.")
    Path resume;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override a key before validation, e.g. --set optimizer.learning-rate=0.1 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Directories directories = new Directories();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for training (default: 1; at most 4 per processor). Results do not depend on it. More threads pay "
                    + "only on an otherwise idle machine with wide layers; to use several cores, run several experiments "
                    + "(nn batch --parallel).")
    Integer threads;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    static final class Directories {
        @Option(names = "--run-dir", paramLabel = "DIR", description = "The run directory, exactly; it must not exist.")
        Path runDir;

        @Option(names = "--runs-dir", paramLabel = "DIR",
                description = "Where the timestamped run directory goes (default: runs).")
        Path runsDir;
    }

    /** The run {@code --resume} names, checked, or null without it; refuses mixing it with CONFIG or its options. */
    private ResumableRun resumable() {
        if (resume == null) {
            if (config == null) {
                throw new UserException("nn run: give the experiment, a YAML file (e.g. nn run configs/quickstart.yaml),"
                        + " or --resume RUN_DIR");
            }
            return null;
        }
        if (config != null || !overrides.isEmpty() || directories.runDir != null || directories.runsDir != null) {
            throw new UserException("nn run --resume " + resume + ": the run goes on with its own config, in its own"
                    + " directory (leave out CONFIG, --set, --run-dir and --runs-dir)");
        }
        return ResumableRun.open(resume);
    }

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        int threadCount = threads == null ? 1 : Threads.check(threads);
        ResumableRun resumable = resumable();
        LoadedPlugins plugins = pluginOptions.load(env);
        PluginRegistry registry = plugins.registry();
        Path configFile = resumable == null ? config : resumable.config();
        LoadedConfig loaded = new ExperimentLoader(registry).load(configFile, overrides);
        ExperimentSpec spec = loaded.spec();
        RunDirectory directory = resumable != null ? new RunDirectory(resumable.dir(), true)
                : RunDirectory.plan(directories.runDir, directories.runsDir, spec.name(),
                LocalDateTime.now(env.clock()));
        if (resumable == null) {
            directory.check();
        }
        RunSettings settings = new RunSettings(directory, configFile, overrides, env.commandLine(), threadCount,
                plugins.directories(), env.home(),
                resumable == null ? env.datasets() : RecordedData.context(resumable.dir(), env.datasets(), null));
        Injector injector;
        try {
            injector = Injection.create(RunModules.of(spec, registry, new DataModule(spec.dataset(), settings.datasets()),
                    threadCount, settings, env.logs(), env.clock()));
        } catch (UserException e) {
            throw loaded.locate(e);
        }
        ExperimentRun run = Injection.instance(injector, ExperimentRun.class);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        try {
            PatienceCheck.requireValidation(spec, data.validation().count());
        } catch (UserException e) {
            throw loaded.locate(e);
        }
        int trainExamples = data.train().count();
        RunOutcome outcome;
        try (LiveProgress progress = LiveProgress.forConsole(logging.quiet, trainExamples,
                spec.training().batchSize())) {
            outcome = resumable == null ? run.run(progress) : run.resume(progress, resumable.checkpoint());
        }
        var last = outcome.result().last();
        String validation = Double.isNaN(outcome.result().bestValidationAccuracy()) ? ""
                : String.format(Locale.ROOT, ", best validation %.2f%% (epoch %d%s)",
                100 * outcome.result().bestValidationAccuracy(), outcome.result().bestEpoch(),
                last.test().count() == 0 ? "" : String.format(Locale.ROOT, ", test accuracy there %.2f%%",
                100 * outcome.result().history().stream().filter(m -> m.epoch() == outcome.result().bestEpoch())
                        .findFirst().orElseThrow().test().accuracy()));
        String test = last.test().count() == 0 ? "no test set"
                : String.format(Locale.ROOT, "test accuracy %.2f%%", 100 * last.test().accuracy());
        env.out().printf(Locale.ROOT, "%s: %s after %d epochs%s%s; run directory %s%n", spec.name(),
                test, last.epoch(), validation,
                outcome.result().stoppedEarly() ? " (stopped early)" : "", outcome.dir());
        return ExitCodes.OK;
    }
}
