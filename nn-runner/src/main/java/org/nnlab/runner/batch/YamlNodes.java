package org.nnlab.runner.batch;

import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node written back as one line of YAML, and text as a quoted YAML string: how a batch writes the values of its
 * grid into its plan file and its runs' {@code --set} arguments. Composing and reading nodes is the config
 * package's ({@code ConfigFile}, {@code ScalarValues}).
 */
final class YamlNodes {
    private YamlNodes() {
    }

    /** The node as YAML on one line, read back to the same value: {@code 0.5}, {@code "0.5"}, {@code [784, 30, 10]}. */
    static String flow(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(YamlNodes::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream().map(t -> flow(t.getKeyNode()) + ": " + flow(t.getValueNode()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !scalar.getValue().isEmpty()) {
            return scalar.getValue();
        }
        return quote(scalar.getValue());
    }

    /** {@code text} as a double-quoted YAML (and JSON) string. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
