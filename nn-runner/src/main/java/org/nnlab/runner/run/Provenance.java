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
import java.util.Set;
import org.nnlab.api.DataSplits;
import org.nnlab.api.registry.PluginInfo;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.PluginChoice;

/**
 * What {@code provenance.json} records: the seed, the framework version and git commit, JVM, OS, threads,
 * the command line, every plugin used with its jar and the jar's SHA-256, every data file read with its
 * SHA-256, and the start and end of the run. The checksums are computed once, when the run starts.
 */
public final class Provenance {
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
        facts.put("plugins_dir", settings.pluginsDir() == null ? null : settings.pluginsDir().toString());
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
        facts.put("plugins", plugins(spec, registry));
        facts.put("dataset", dataset(spec, data));
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

    private static List<Object> plugins(ExperimentSpec spec, PluginRegistry registry) throws IOException {
        Set<PluginChoice> used = new LinkedHashSet<>(List.of(spec.dataset(), spec.network().activation(),
                spec.network().outputActivation(), spec.loss(), spec.optimizer()));
        List<Object> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PluginChoice choice : used) {
            if (!seen.add(choice.kind().label() + "/" + choice.name())) {
                continue;
            }
            PluginInfo info = registry.info(choice.kind(), choice.name()).orElseThrow();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", info.kind().label());
            entry.put("name", info.name());
            entry.put("class", info.prototype().getClass().getName());
            entry.put("location", info.location());
            Path location = Path.of(info.location());
            entry.put("sha256", Files.isRegularFile(location) ? Sha256.of(location) : null);
            list.add(entry);
        }
        return list;
    }

    private static Map<String, Object> dataset(ExperimentSpec spec, DataSplits data) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", spec.dataset().name());
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
