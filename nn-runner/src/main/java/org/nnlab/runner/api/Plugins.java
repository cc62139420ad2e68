package org.nnlab.runner.api;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.plugins.LoadedPlugins;

/**
 * The plugins of an API call, from where the command line takes them: the built-in ones, {@code plugins/} beside
 * the launcher ({@code -Dnn.home}), the directories of {@code $NN_PLUGINS}, then the caller's directories. Problems
 * of loading them are printed to standard error as warnings, as {@code nn} prints them.
 */
final class Plugins {
    private Plugins() {
    }

    /** The framework's home, as {@code nn} takes it: {@code -Dnn.home}, else the working directory. */
    static Path home() {
        String home = System.getProperty("nn.home");
        return Path.of(home == null ? "" : home).toAbsolutePath();
    }

    static LoadedPlugins load(List<Path> extraDirectories) {
        for (Path directory : extraDirectories) {
            if (!Files.isDirectory(directory)) {
                throw new UserException("plugin directory " + directory + ": " + (Files.exists(directory)
                        ? "not a directory" : "no such directory") + "; give a directory that holds plugin jars");
            }
        }
        String home = System.getProperty("nn.home");
        // the class loaders stay open: the plugins' classes are used for as long as the caller holds the result
        @SuppressWarnings("resource")
        DirectoryPluginLoader loader = DirectoryPluginLoader.of(home == null ? null : Path.of(home),
                System.getenv(DirectoryPluginLoader.ENVIRONMENT_VARIABLE));
        PrintWriter err = new PrintWriter(System.err, true);
        LoadedPlugins plugins = loader.load(extraDirectories, err);
        List<Problem> problems = new ArrayList<>(plugins.registry().problems());
        problems.addAll(plugins.registry().warnings());
        for (Problem problem : problems) {
            err.println("warning: " + problem.message());
        }
        return plugins;
    }
}
