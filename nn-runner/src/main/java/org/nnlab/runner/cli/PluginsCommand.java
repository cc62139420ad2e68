package org.nnlab.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginInfo;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.plugins.LoadedPlugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn plugins}: every plugin by kind, with its source (built-in, or a plugin jar and its SHA-256) and its
 * parameters; the plugin directories read; then the warnings, and the problems, which make it exit non-zero.
 */
@Command(name = "plugins", description = "List every plugin by kind: name, description, where it was loaded from"
        + " (with the jar's SHA-256), parameters with defaults; then every problem found while loading plugins.")
final class PluginsCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Mixin
    PluginOptions pluginOptions;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        LoadedPlugins plugins = pluginOptions.loadQuietly(env);
        PluginRegistry registry = plugins.registry();
        StringBuilder out = new StringBuilder();
        for (PluginKind kind : PluginKind.values()) {
            out.append(kind.label()).append(kind == PluginKind.LOSS ? "es" : "s").append(":\n");
            if (registry.plugins(kind).isEmpty()) {
                out.append("  (none)\n");
            }
            for (PluginInfo info : registry.plugins(kind)) {
                out.append("  ").append(info.name()).append(": ").append(info.prototype().description()).append('\n');
                out.append(ParamText.source(info, "    "));
                out.append(ParamText.parameters(info.prototype(), "    "));
            }
            out.append('\n');
        }
        out.append(directories(plugins.directories(), env.home())).append('\n');
        env.out().print(out);
        env.out().flush();
        for (Problem warning : registry.warnings()) {
            env.err().println("warning: " + warning.message());
        }
        if (!registry.problems().isEmpty()) {
            throw new UserException(registry.problems());
        }
        return ExitCodes.OK;
    }

    private static String directories(List<Path> directories, Path home) {
        if (directories.isEmpty()) {
            return "plugin directories: none; put plugin jars into "
                    + home.resolve(DirectoryPluginLoader.LAUNCHER_DIRECTORY) + ", or name directories with $"
                    + DirectoryPluginLoader.ENVIRONMENT_VARIABLE + " or --plugins DIR";
        }
        return "plugin directories, in order: " + directories.stream().map(Path::toString)
                .collect(Collectors.joining(", "));
    }
}
