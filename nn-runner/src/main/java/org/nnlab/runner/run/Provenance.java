package org.nnlab.runner.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.DataSplits;
import org.nnlab.host.PluginClassLoader;
import org.nnlab.host.PluginInfo;
import org.nnlab.host.PluginJar;
import org.nnlab.host.PluginRegistry;
import org.nnlab.host.Sha256;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.PluginChoice;

/**
 * What {@code provenance.json} records: the seed, the framework version and git commit, JVM, OS, threads,
 * the command line, the plugin directories, every plugin used (built-in, or from a plugin jar) with its jar's
 * SHA-256 and every plugin jar used, every data file read with its SHA-256, and the start and end of the run. The
 * checksums of the config, the data files and the built-in jars are computed once, when the run starts; those of
 * plugin jars when the plugin directories were scanned, so they are of the bytes loaded.
 */
public final class Provenance {
    /** In {@code dataset}: the data directory the datasets were given ({@code NN_DATA_DIR}), or null. */
    public static final String DATA_ROOT = "data_root";
    /** In {@code dataset}: the per-user cache the datasets were given, used when there was no data directory. */
    public static final String CACHE_DIR = "cache_dir";

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Instant startedAt;

    public Provenance(ExperimentSpec spec, RunSettings settings, FrameworkInfo framework, DataSplits data,
                      PluginRegistry registry, Instant startedAt) throws IOException {
        this.startedAt = startedAt;
        facts.put("name", spec.name());
        facts.put("seed", spec.seed());
        Map<String, Object> frameworkFacts = new LinkedHashMap<>();
        frameworkFacts.put("version", framework.version());
        frameworkFacts.put("git_commit", framework.gitCommit());
        frameworkFacts.put("git_dirty", framework.gitDirty());
        facts.put("framework", frameworkFacts);
        facts.put("command_line", settings.commandLine());
        facts.put("working_directory", Path.of("").toAbsolutePath().toString());
        facts.put("config_file", file(settings.configFile()));
        facts.put("overrides", settings.overrides());
        facts.put("run_directory", settings.directory().path().toAbsolutePath().toString());
        facts.put("threads", settings.threads());
        facts.put("plugin_directories", settings.pluginDirectories().stream().map(Path::toString).toList());
        facts.put("jvm", ordered(
                "version", System.getProperty("java.version"),
                "vendor", System.getProperty("java.vendor"),
                "vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                "arguments", ManagementFactory.getRuntimeMXBean().getInputArguments(),
                "max_heap_bytes", Runtime.getRuntime().maxMemory()));
        facts.put("os", ordered(
                "name", System.getProperty("os.name"),
                "version", System.getProperty("os.version"),
                "arch", System.getProperty("os.arch"),
                "available_processors", Runtime.getRuntime().availableProcessors()));
        List<PluginInfo> used = used(spec, registry);
        facts.put("plugins", plugins(used));
        facts.put("plugin_jars", pluginJars(used));
        facts.put("dataset", dataset(spec, data, settings));
    }

    /** The whole record, with the run's status and end time so far (null while running). */
    public Map<String, Object> toMap(RunStatus status, Instant endedAt) {
        Map<String, Object> map = new LinkedHashMap<>(facts);
        map.put("status", status.label());
        map.put("started_at", startedAt.toString());
        map.put("ended_at", endedAt == null ? null : endedAt.toString());
        return map;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The plugins the experiment names, each once, in the order dataset, activations, loss, optimizer, schedule. */
    private static List<PluginInfo> used(ExperimentSpec spec, PluginRegistry registry) {
        Set<PluginInfo> used = new LinkedHashSet<>();
        for (PluginChoice choice : List.of(spec.dataset(), spec.network().activation(),
                spec.network().outputActivation(), spec.loss(), spec.optimizer(), spec.schedule())) {
            used.add(registry.info(choice.kind(), choice.name()).orElseThrow());
        }
        for (org.nnlab.runner.config.LayerSpec layer : spec.network().stack()) {
            used.add(registry.info(layer.layer().kind(), layer.layer().name()).orElseThrow());
            if (layer.activation() != null) {
                used.add(registry.info(layer.activation().kind(), layer.activation().name()).orElseThrow());
            }
        }
        return List.copyOf(used);
    }

    /**
     * Each plugin used, with its class, where it came from and that jar's SHA-256: a plugin jar's as scanned, a
     * built-in's jar hashed now (none for a class directory).
     */
    private static List<Object> plugins(List<PluginInfo> used) throws IOException {
        List<Object> list = new ArrayList<>();
        for (PluginInfo info : used) {
            Optional<PluginJar> jar = info.pluginJar();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", info.kind().label());
            entry.put("name", info.name());
            entry.put("class", info.prototype().getClass().getName());
            entry.put("source", jar.isPresent() ? "plugin jar" : "built-in");
            entry.put("location", info.location());
            entry.put("sha256", jar.isPresent() ? jar.get().sha256() : builtInSha256(info.location()));
            list.add(entry);
        }
        return list;
    }

    private static String builtInSha256(String location) throws IOException {
        Path file = Path.of(location);
        return Files.isRegularFile(file) ? Sha256.of(file) : null;
    }

    /**
     * Every plugin jar the used plugins were loaded with (all jars of a plugin directory's class loader, its
     * dependencies too), each once, with the SHA-256 of the bytes read when the plugins were scanned.
     */
    private static List<Object> pluginJars(List<PluginInfo> used) {
        Set<PluginJar> jars = new LinkedHashSet<>();
        for (PluginInfo info : used) {
            if (info.classLoader() instanceof PluginClassLoader loader) {
                info.pluginJar().ifPresent(jars::add);
                jars.addAll(loader.jars());
            }
        }
        List<Object> list = new ArrayList<>();
        for (PluginJar jar : jars) {
            list.add(ordered("path", jar.path().toString(), "sha256", jar.sha256()));
        }
        return list;
    }

    private static Map<String, Object> dataset(ExperimentSpec spec, DataSplits data, RunSettings settings)
            throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", spec.dataset().name());
        Path root = settings.datasets().dataRoot();
        map.put(DATA_ROOT, root == null ? null : root.toAbsolutePath().toString());
        map.put(CACHE_DIR, settings.datasets().cacheDir().toAbsolutePath().toString());
        map.put("train", data.train().count());
        map.put("validation", data.validation().count());
        map.put("test", data.test().count());
        map.put("features", data.featureCount());
        map.put("classes", data.classCount());
        map.put("image_width", data.imageWidth());
        map.put("image_height", data.imageHeight());
        List<Object> files = new ArrayList<>();
        for (Path file : data.sourceFiles()) {
            files.add(file(file));
        }
        map.put("files", files);
        return map;
    }

    private static Map<String, Object> file(Path file) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", file.toAbsolutePath().toString());
        map.put("bytes", Files.size(file));
        map.put("sha256", Sha256.of(file));
        return map;
    }
}
