package org.nnlab.runner.cli;

import java.util.List;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Plugin;

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
}
