package org.nnlab.runner.api;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.core.EpochMetrics;
import org.nnlab.runner.cli.Threads;
import org.nnlab.runner.config.ConfigWriter;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.config.PatienceCheck;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.plugins.LoadedPlugins;
import org.nnlab.runner.progress.LiveProgress;
import org.nnlab.runner.run.ExperimentRun;
import org.nnlab.runner.run.RunDirectory;
import org.nnlab.runner.run.RunOutcome;
import org.nnlab.runner.run.RunSettings;
import org.nnlab.runner.wiring.DataModule;
import org.nnlab.runner.wiring.Injection;
import org.nnlab.runner.wiring.RunModules;

/**
 * Public API: an experiment YAML file, validated, with its overrides and where and how it runs. Immutable: each
 * {@code with...} method gives a new experiment. {@code nn run FILE --set K=V} and
 * {@code Experiment.load(FILE).override("K=V").run()} read, wire, train and record the same way, so they give the
 * same {@code metrics.csv} figures and the same model files.
 *
 * <pre>{@code
 * RunResult result = Experiment.load(Path.of("configs/digits20-400-25-10.yaml"))
 *         .override("training.epochs=2")
 *         .withRunsDirectory(Path.of("runs"))
 *         .run(epoch -> System.out.println(epoch.number() + ": " + epoch.testAccuracy()));
 * }</pre>
 *
 * <p>Plugins come from where {@code nn} takes them ({@code plugins/} beside {@code -Dnn.home}, {@code $NN_PLUGINS})
 * and from {@link #withPlugins}; data from {@code $NN_DATA_DIR} unless {@link #withDataDirectory} says otherwise.
 */
public final class Experiment {
    private final Path file;
    private final List<String> overrides;
    private final List<Path> pluginDirectories;
    private final Path dataDirectory;
    private final int threads;
    private final Path runsDirectory;
    private final Path runDirectory;
    private final LoadedPlugins plugins;
    private final LoadedConfig loaded;

    private Experiment(Path file, List<String> overrides, List<Path> pluginDirectories, Path dataDirectory,
                       int threads, Path runsDirectory, Path runDirectory, LoadedPlugins plugins) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
        this.pluginDirectories = List.copyOf(pluginDirectories);
        this.dataDirectory = dataDirectory;
        this.threads = threads;
        this.runsDirectory = runsDirectory;
        this.runDirectory = runDirectory;
        this.plugins = plugins;
        this.loaded = new ExperimentLoader(plugins.registry()).load(file, this.overrides);
    }

    /**
     * Reads and validates an experiment file, as {@code nn run} and {@code nn validate} do.
     *
     * @throws UserException listing every problem, each as {@code file:line:col: key: what is wrong (the fix)}
     */
    public static Experiment load(Path file) {
        Objects.requireNonNull(file, "file is null");
        return new Experiment(file, List.of(), List.of(), null, 1, null, null, Plugins.load(List.of()));
    }

    /**
     * This experiment with keys overridden, as {@code nn run FILE --set KEY.PATH=VALUE} does: the value is YAML
     * ({@code "optimizer.learning-rate=0.1"}, {@code "network.layers=[400, 30, 10]"}); later overrides of one key
     * win. The result is validated at once.
     *
     * @throws UserException with the messages {@code nn run --set} gives (e.g. an unknown key, with the valid keys)
     */
    public Experiment override(String... assignments) {
        List<String> all = new ArrayList<>(overrides);
        for (String assignment : assignments) {
            all.add(Objects.requireNonNull(assignment, "assignment is null"));
        }
        return new Experiment(file, all, pluginDirectories, dataDirectory, threads, runsDirectory, runDirectory,
                plugins);
    }

    /** This experiment with the plugin jars of {@code directories} too, as {@code nn run --plugins DIR} takes them. */
    public Experiment withPlugins(Path... directories) {
        List<Path> all = new ArrayList<>(pluginDirectories);
        all.addAll(List.of(directories));
        return new Experiment(file, overrides, all, dataDirectory, threads, runsDirectory, runDirectory,
                Plugins.load(all));
    }

    /** This experiment reading its datasets' files under {@code directory}, as {@code NN_DATA_DIR} says for nn. */
    public Experiment withDataDirectory(Path directory) {
        return new Experiment(file, overrides, pluginDirectories, Objects.requireNonNull(directory, "directory is null"),
                threads, runsDirectory, runDirectory, plugins);
    }

    /** This experiment trained with {@code count} worker threads (as {@code --threads}); results do not change. */
    public Experiment withThreads(int count) {
        return new Experiment(file, overrides, pluginDirectories, dataDirectory, Threads.check(count), runsDirectory,
                runDirectory, plugins);
    }

    /** This experiment's runs going into a timestamped directory under {@code directory} (default {@code runs}). */
    public Experiment withRunsDirectory(Path directory) {
        return new Experiment(file, overrides, pluginDirectories, dataDirectory, threads,
                Objects.requireNonNull(directory, "directory is null"), null, plugins);
    }

    /** This experiment's run going into exactly {@code directory}, which must not exist (as {@code --run-dir}). */
    public Experiment withRunDirectory(Path directory) {
        return new Experiment(file, overrides, pluginDirectories, dataDirectory, threads, null,
                Objects.requireNonNull(directory, "directory is null"), plugins);
    }

    /** The experiment's name (its {@code name:}, else the file's name). */
    public String name() {
        return loaded.spec().name();
    }

    public Path file() {
        return file;
    }

    /** The overrides, in the order given. */
    public List<String> overrides() {
        return overrides;
    }

    /** The experiment as a run records it in {@code config.yaml}: every default filled in, overrides applied. */
    public String resolvedConfig() {
        return new ConfigWriter().write(loaded.spec());
    }

    /** Runs the experiment with no listener; see {@link #run(EpochListener)}. */
    public RunResult run() {
        return run(EpochListener.NONE);
    }

    /**
     * Loads the data, checks the layer sizes against it, then creates the run directory and trains, telling
     * {@code listener} of each epoch; the directory gets what {@code nn run} writes (config, provenance, metrics,
     * summary, models, log). The provenance's command line reads {@code java-api run FILE --set ...}.
     *
     * @throws UserException    for a mistake found before training (data, sizes, a run directory that exists)
     * @throws RuntimeException when the run started and then failed: its directory is kept, marked failed
     */
    public RunResult run(EpochListener listener) {
        Objects.requireNonNull(listener, "listener is null");
        Clock clock = Clock.systemDefaultZone();
        LogSetup logs = LogSetup.forSlf4j();
        DatasetContext fromEnvironment = DatasetContext.fromEnvironment();
        DatasetContext datasets = dataDirectory == null ? fromEnvironment
                : new DatasetContext(dataDirectory, fromEnvironment.cacheDir());
        RunDirectory directory = RunDirectory.plan(runDirectory, runsDirectory, name(), LocalDateTime.now(clock));
        directory.check();
        RunSettings settings = new RunSettings(directory, file, overrides, commandLine(), threads,
                plugins.directories(), Plugins.home(), datasets);
        Injector injector;
        try {
            injector = Injection.create(RunModules.of(loaded.spec(), plugins.registry(), new DataModule(loaded.spec().dataset(), datasets), threads, settings,
                    logs, clock));
            PatienceCheck.requireValidation(loaded.spec(),
                    Injection.instance(injector, DataSplits.class).validation().count());
        } catch (UserException e) {
            throw loaded.locate(e);
        }
        ExperimentRun run = Injection.instance(injector, ExperimentRun.class);
        RunOutcome outcome = run.run(new LiveProgress() {
            @Override
            public void epochEnded(EpochMetrics metrics) {
                listener.epochEnded(Epoch.of(metrics));
            }

            @Override
            public void close() {
            }
        });
        return new RunResult(outcome.dir(), outcome.result(), plugins.registry());
    }

    private List<String> commandLine() {
        List<String> line = new ArrayList<>(List.of("java-api", "run", file.toString()));
        for (String override : overrides) {
            line.add("--set");
            line.add(override);
        }
        return line;
    }

    @Override
    public String toString() {
        return "experiment " + name() + " (" + file + (overrides.isEmpty() ? "" : ", " + overrides) + ")";
    }
}
