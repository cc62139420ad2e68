package org.nnlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkEnv;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.runner.batch.BatchEnvironment;
import org.nnlab.runner.batch.DataSource;
import org.nnlab.runner.batch.PlannedRun;
import org.nnlab.runner.batch.RunLauncher;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.plugins.LoadedPlugins;

/**
 * What a task does on an executor: the run, with {@link RunLauncher} exactly as a local batch does it, into a
 * temporary directory whose files go back to the driver. Per executor JVM, each plugin bundle is laid out and
 * scanned once and each dataset loaded once ({@link ExecutorData}); several tasks may run at once.
 */
final class ExecutorSide {
    private static final Map<String, LoadedPlugins> PLUGINS = new HashMap<>();
    private static ExecutorData data;

    private ExecutorSide() {
    }

    /** The task's function: never throws for a run, which is recorded failed as in a local batch. */
    static RunOutput run(RunTask task) throws IOException {
        long start = System.nanoTime();
        String executor = executor();
        Path work = Files.createTempDirectory("nn-spark-run-");
        try {
            RunResult result;
            Path runDir = work.resolve(task.name());
            try {
                LoadedPlugins plugins = plugins(task.plugins().value());
                Path config = configFile(task, work);
                LoadedConfig loaded = new ExperimentLoader(plugins.registry()).load(config, task.configPath(),
                        task.resolved(), List.of());
                PlannedRun run = new PlannedRun(task.name(), task.point(), config, task.parameters(), task.seed(),
                        task.overrides(), loaded, task.resolved(), List.of());
                BatchEnvironment env = new BatchEnvironment(plugins.registry(), plugins.directories(),
                        DatasetContext.fromEnvironment(), Clock.systemDefaultZone(), LogSetup.forSlf4j(),
                        Path.of(task.home()), task.commandLine());
                ExecutorData shared = data();
                String bundle = task.plugins().value().id();
                DataSource source = new DataSource() {
                    @Override
                    public DataSplits get(PluginChoice setting) {
                        return shared.get(bundle, env.registry(), setting, task.dataFiles(), executor);
                    }

                    @Override
                    public void done(PluginChoice setting) {
                        // kept for the executor's next tasks
                    }
                };
                result = new RunLauncher(env, source, task.threads()).launch(run, runDir);
            } catch (UserException e) {
                result = RunResult.failed(e.getMessage().replace('\n', ' '));
            }
            return RunOutput.of(result, files(runDir), executor, System.nanoTime() - start);
        } finally {
            RunOutput.deleteTree(work);
        }
    }

    private static synchronized ExecutorData data() {
        if (data == null) {
            data = new ExecutorData(DatasetContext.fromEnvironment());
        }
        return data;
    }

    /** The bundle's directories laid out in this JVM's temporary directory and scanned, once per bundle. */
    private static synchronized LoadedPlugins plugins(PluginBundle bundle) throws IOException {
        LoadedPlugins loaded = PLUGINS.get(bundle.id());
        if (loaded == null) {
            Path root = Files.createTempDirectory("nn-spark-plugins-");
            root.toFile().deleteOnExit();
            List<Path> directories = bundle.layOut(root);
            // never closed: plugin classes load lazily while runs train, for as long as the executor lives
            @SuppressWarnings("resource")
            DirectoryPluginLoader loader = new DirectoryPluginLoader(directories);
            loaded = loader.load(List.of());
            PLUGINS.put(bundle.id(), loaded);
        }
        return loaded;
    }

    /**
     * The run's config file: the driver's own when this executor sees the same bytes at the same path (local
     * mode, a shared filesystem), else a copy in the task's directory, so provenance records the same SHA-256.
     */
    private static Path configFile(RunTask task, Path work) throws IOException {
        Path driver = Path.of(task.configPath());
        if (Files.isRegularFile(driver) && Arrays.equals(Files.readAllBytes(driver), task.configBytes())) {
            return driver;
        }
        Path name = driver.getFileName();
        Path copy = work.resolve("config").resolve(name == null ? "config.yaml" : name.toString());
        Files.createDirectories(copy.getParent());
        return Files.write(copy, task.configBytes());
    }

    private static Map<String, byte[]> files(Path runDir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(runDir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(runDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(runDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the run directory " + runDir, e);
        }
        return files;
    }

    private static String executor() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        SparkEnv env = SparkEnv.get();
        return (env == null ? "?" : env.executorId()) + "@" + host;
    }
}
