package org.nnlab.runner.plugins;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.nnlab.host.PluginDirectories;
import org.nnlab.host.PluginRegistry;
import org.nnlab.host.PluginScan;

/**
 * The plugin directories of the {@code nn} command: {@code plugins/} beside the launcher when it exists, then each
 * directory of {@code $NN_PLUGINS}, then the command's {@code --plugins DIR}s. Each load scans them with
 * {@link PluginDirectories#scan}, every jar with its own class loader, and builds the registry with
 * {@link PluginRegistry#builtInAnd}.
 *
 * <p>The scans stay open while the command runs, since plugin classes load lazily (a plugin's other classes,
 * during training); {@link #close()} releases the jars, for a process that outlives its commands (tests).
 */
public final class DirectoryPluginLoader implements PluginLoader, AutoCloseable {
    /** The environment variable of extra plugin directories, separated like {@code PATH}. */
    public static final String ENVIRONMENT_VARIABLE = "NN_PLUGINS";
    /** The plugin directory beside the launcher. */
    public static final String LAUNCHER_DIRECTORY = "plugins";

    private final List<Path> directories;
    private final List<PluginScan> scans = new ArrayList<>();

    /** @param directories the plugin directories before any {@code --plugins}, in order (a missing one is a problem) */
    public DirectoryPluginLoader(List<Path> directories) {
        this.directories = absolute(directories);
    }

    /**
     * {@code plugins/} under {@code launcherHome} if that directory exists (passed over silently otherwise, and
     * when {@code launcherHome} is null), then the directories of {@code pathList} (a {@code $NN_PLUGINS} value, or
     * null).
     */
    public static DirectoryPluginLoader of(Path launcherHome, String pathList) {
        List<Path> directories = new ArrayList<>();
        if (launcherHome != null && Files.isDirectory(launcherHome.resolve(LAUNCHER_DIRECTORY))) {
            directories.add(launcherHome.resolve(LAUNCHER_DIRECTORY));
        }
        directories.addAll(PluginDirectories.parsePathList(pathList));
        return new DirectoryPluginLoader(directories);
    }

    /** The directories scanned before any {@code --plugins}, absolute. */
    public List<Path> directories() {
        return directories;
    }

    @Override
    public LoadedPlugins load(List<Path> extraDirectories) {
        return load(extraDirectories, label -> { });
    }

    @Override
    public LoadedPlugins load(List<Path> extraDirectories, PrintWriter err) {
        return load(extraDirectories, err, LoadWatchdog.AFTER);
    }

    /** As {@link #load(List, PrintWriter)}, naming a jar that loads for longer than {@code after}. */
    LoadedPlugins load(List<Path> extraDirectories, PrintWriter err, Duration after) {
        try (LoadWatchdog watchdog = new LoadWatchdog(err, after)) {
            return load(extraDirectories, watchdog::loading);
        }
    }

    private synchronized LoadedPlugins load(List<Path> extraDirectories, Consumer<String> loading) {
        List<Path> all = new ArrayList<>(directories);
        all.addAll(absolute(extraDirectories));
        List<Path> scanned = List.copyOf(new LinkedHashSet<>(all));
        PluginScan scan = PluginDirectories.scan(scanned);
        scans.add(scan);
        return new LoadedPlugins(PluginRegistry.builtInAnd(scan, loading), scanned);
    }

    /** Closes the class loaders of every scan made; plugin classes not loaded yet cannot be loaded afterwards. */
    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        for (PluginScan scan : scans) {
            try {
                scan.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        scans.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static List<Path> absolute(List<Path> paths) {
        Set<Path> unique = new LinkedHashSet<>();
        for (Path path : paths) {
            unique.add(path.toAbsolutePath().normalize());
        }
        return List.copyOf(unique);
    }
}
