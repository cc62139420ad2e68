package org.nnlab.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.plugins.LoadedPlugins;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR} (repeatable), for every command that resolves plugin names: add it with
 * {@code @Mixin PluginOptions plugins;} and take the command's plugins from {@link #load(Environment)}. The
 * directories are read in order: {@code plugins/} beside {@code nn}, each directory of {@code $NN_PLUGINS}, then
 * each {@code --plugins DIR}.
 */
public final class PluginOptions {
    @Option(names = "--plugins", paramLabel = "DIR", description = "Also load the plugin jars in DIR, after those"
            + " of plugins/ beside nn and of $NN_PLUGINS (repeatable).")
    List<Path> directories = new ArrayList<>();

    /**
     * The command's plugins, with every problem and warning of loading them printed to the error stream as a
     * warning: a problem (a file that is not a jar, a provider that fails, two plugins with one name) is an error
     * only when the experiment uses the broken name, which the registry's lookup then says.
     *
     * @throws UserException when a {@code --plugins DIR} is not a directory
     */
    public LoadedPlugins load(Environment env) {
        LoadedPlugins plugins = loadQuietly(env);
        for (Problem problem : problems(plugins.registry())) {
            env.err().println("warning: " + problem.message());
        }
        return plugins;
    }

    /** The command's plugins, their problems and warnings not printed: for a command that lists them itself. */
    LoadedPlugins loadQuietly(Environment env) {
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new UserException("--plugins " + directory + ": " + (Files.exists(directory)
                        ? "not a directory" : "no such directory") + "; give a directory that holds plugin jars");
            }
        }
        return env.plugins().load(directories, env.err());
    }

    /** The problems, then the warnings. */
    private static List<Problem> problems(PluginRegistry registry) {
        List<Problem> all = new ArrayList<>(registry.problems());
        all.addAll(registry.warnings());
        return all;
    }
}
