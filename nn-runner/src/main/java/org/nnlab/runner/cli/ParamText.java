package org.nnlab.runner.cli;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Plugin;
import org.nnlab.host.PluginInfo;
import org.nnlab.host.PluginJar;

/** How plugins and their parameters are listed by {@code nn plugins} and {@code nn describe}. */
final class ParamText {
    private ParamText() {
    }

    /** {@code learning-rate  a positive number, default 0.1  step size eta}, one line per parameter. */
    static String parameters(Plugin plugin, String indent) {
        List<ParamSpec> specs = plugin.parameters();
        if (specs.isEmpty()) {
            return indent + "(no parameters)\n";
        }
        int nameWidth = specs.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (ParamSpec spec : specs) {
            String value = spec.expectation() + (spec.defaultValue() != null ? ", default " + spec.defaultValue()
                    : spec.isRequired() ? ", required" : ", optional");
            out.append(indent).append(String.format("%-" + nameWidth + "s  ", spec.name())).append(value)
                    .append(": ").append(spec.description()).append('\n');
        }
        return out.toString();
    }

    /**
     * Where a plugin comes from: {@code from built-in (LOCATION)}, or {@code from JAR} and the jar's
     * {@code sha256} on the next line for a plugin loaded from a plugin directory.
     */
    static String source(PluginInfo info, String indent) {
        Optional<PluginJar> jar = info.pluginJar();
        if (jar.isEmpty()) {
            return indent + "from built-in (" + info.location() + ")\n";
        }
        return indent + "from " + jar.get().path() + "\n" + indent + "  sha256 " + jar.get().sha256() + "\n";
    }
}
