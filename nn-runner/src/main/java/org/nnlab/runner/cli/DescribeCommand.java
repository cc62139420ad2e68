package org.nnlab.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Problem;
import org.nnlab.api.Suggestions;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginInfo;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nn describe NAME}: one plugin's description, source, parameters and how to write it in YAML. */
@Command(name = "describe", description = "Describe one plugin: what it does, its parameters with defaults, and how"
        + " to use it in an experiment.")
final class DescribeCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "A plugin name, e.g. sgd or mnist.")
    String name;

    @Mixin
    PluginOptions pluginOptions;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        PluginRegistry registry = pluginOptions.load(env).registry();
        List<PluginInfo> found = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>();
        for (PluginKind kind : PluginKind.values()) {
            registry.info(kind, name).ifPresent(found::add);
            all.addAll(registry.names(kind));
        }
        List<Problem> reasons = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            reasons.addAll(registry.whyUnusable(kind, name));
        }
        if (found.isEmpty() && !reasons.isEmpty()) {
            throw new UserException(reasons);
        }
        if (found.isEmpty()) {
            throw new UserException(Suggestions.unknown("plugin", name, all)
                    .replace(" (valid: ", "; see nn plugins (valid: "));
        }
        for (PluginInfo info : found) {
            StringBuilder out = new StringBuilder();
            out.append(info.name()).append(" (").append(info.kind().label()).append("): ")
                    .append(info.prototype().description()).append('\n');
            out.append(ParamText.source(info, ""));
            out.append("parameters:\n").append(ParamText.parameters(info.prototype(), "  "));
            out.append("in an experiment:\n").append(example(info));
            env.out().print(out);
        }
        return ExitCodes.OK;
    }

    private static String example(PluginInfo info) {
        if (info.kind() == PluginKind.LAYER) {
            return layerExample(info);
        }
        String key = switch (info.kind()) {
            case ACTIVATION -> "network:\n  activation";
            case LOSS -> "loss";
            case OPTIMIZER -> "optimizer";
            case DATASET -> "dataset";
            case SCHEDULE -> "schedule";
            case LAYER -> throw new IllegalStateException("layers have their own example");
        };
        String indent = info.kind() == PluginKind.ACTIVATION ? "    " : "  ";
        List<ParamSpec> withDefaults = info.prototype().parameters().stream().filter(p -> p.defaultValue() != null)
                .toList();
        StringBuilder out = new StringBuilder("  ").append(key.replace("\n", "\n  ")).append(':');
        if (withDefaults.isEmpty()) {
            return out.append(' ').append(info.name()).append('\n').toString();
        }
        out.append('\n').append("  ").append(indent).append("name: ").append(info.name()).append('\n');
        for (ParamSpec p : withDefaults) {
            out.append("  ").append(indent).append(p.name()).append(": ").append(p.defaultValue()).append('\n');
        }
        return out.toString();
    }

    /** A layer as one item of a layer list: {@code - {conv: {filters: 1, size: 1}}}, each parameter's default or example. */
    private static String layerExample(PluginInfo info) {
        StringBuilder out = new StringBuilder("  network:\n    layers:\n      - {").append(info.name()).append(": {");
        String separator = "";
        for (ParamSpec p : info.prototype().parameters()) {
            out.append(separator).append(p.name()).append(": ")
                    .append(p.defaultValue() != null ? p.defaultValue()
                            : p.type() == org.nnlab.api.ParamType.INTEGER ? "1" : "...");
            separator = ", ";
        }
        return out.append("}}\n").toString();
    }
}
