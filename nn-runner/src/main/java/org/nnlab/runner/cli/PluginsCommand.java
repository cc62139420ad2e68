package org.nnlab.runner.cli;

import java.util.concurrent.Callable;
import org.nnlab.api.UserException;
import org.nnlab.api.registry.PluginInfo;
import org.nnlab.api.registry.PluginKind;
import org.nnlab.api.registry.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code nn plugins}: every plugin by kind, with its source and parameters; then any registry problems. */
@Command(name = "plugins", description = "List every plugin by kind: name, description, where it was loaded from,"
        + " parameters with defaults; and any problem found while loading plugins.")
final class PluginsCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        PluginRegistry registry = env.registry().get();
        StringBuilder out = new StringBuilder();
        for (PluginKind kind : PluginKind.values()) {
            out.append(kind.label()).append(kind == PluginKind.LOSS ? "es" : "s").append(":\n");
            if (registry.plugins(kind).isEmpty()) {
                out.append("  (none)\n");
            }
            for (PluginInfo info : registry.plugins(kind)) {
                out.append("  ").append(info.name()).append(": ").append(info.prototype().description()).append('\n');
                out.append("    from ").append(info.location()).append('\n');
                out.append(ParamText.parameters(info.prototype(), "    "));
            }
            out.append('\n');
        }
        env.out().print(out);
        if (!registry.problems().isEmpty()) {
            throw new UserException(registry.problems());
        }
        return ExitCodes.OK;
    }
}
