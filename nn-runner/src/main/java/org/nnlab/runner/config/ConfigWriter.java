package org.nnlab.runner.config;

import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders an {@link ExperimentSpec} as YAML with every key and every plugin parameter, defaults included, in
 * the schema's order. Validating the output gives the same spec, and rendering that gives the same text.
 */
public final class ConfigWriter {
    private final Yaml scalars;

    public ConfigWriter() {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        this.scalars = new Yaml(options);
    }

    public String write(ExperimentSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append("# resolved experiment: every key with its value, defaults included\n");
        out.append("name: ").append(text(spec.name())).append('\n');
        out.append("seed: ").append(spec.seed()).append('\n');
        slot(out, "", "dataset", spec.dataset());
        out.append("network:\n");
        if (spec.network().layered()) {
            LayerListWriter.write(out, spec.network(), this::value, this::text);
        } else {
            out.append("  layers: [").append(spec.network().layers().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))).append("]\n");
            slot(out, "  ", "activation", spec.network().activation());
        }
        slot(out, "  ", "output-activation", spec.network().outputActivation());
        out.append("  init: ").append(spec.network().initFrom()
                .map(file -> "{from: " + text(file.toString()) + "}")
                .orElseGet(() -> text(spec.network().init()))).append('\n');
        slot(out, "", "loss", spec.loss());
        slot(out, "", "optimizer", spec.optimizer());
        slot(out, "", "schedule", spec.schedule());
        TrainingSpec training = spec.training();
        out.append("training:\n");
        out.append("  epochs: ").append(training.epochs()).append('\n');
        out.append("  batch-size: ").append(training.batchSize()).append('\n');
        out.append("  patience: ").append(training.patience()).append('\n');
        out.append("  evaluate-train: ").append(training.evaluateTrain()).append('\n');
        return out.toString();
    }

    /** A bare name when the plugin has no parameter values, else a mapping with name: first. */
    private void slot(StringBuilder out, String indent, String key, PluginChoice choice) {
        out.append(indent).append(key).append(':');
        if (choice.values().isEmpty()) {
            out.append(' ').append(text(choice.name())).append('\n');
            return;
        }
        out.append('\n').append(indent).append("  name: ").append(text(choice.name())).append('\n');
        for (Map.Entry<String, Object> e : choice.values().entrySet()) {
            out.append(indent).append("  ").append(e.getKey()).append(": ").append(value(e.getValue())).append('\n');
        }
    }

    private String value(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return text(String.valueOf(value));
    }

    /** A double as YAML 1.1 reads it back as a float: {@code 1.0E10} needs a sign in its exponent. */
    static String number(double d) {
        String s = Double.toString(d);
        int e = s.indexOf('E');
        return e >= 0 && s.charAt(e + 1) != '-' ? s.substring(0, e + 1) + "+" + s.substring(e + 1) : s;
    }

    /** Text, quoted only when YAML would read it as something else. */
    private String text(String value) {
        return scalars.dump(value).strip();
    }
}
