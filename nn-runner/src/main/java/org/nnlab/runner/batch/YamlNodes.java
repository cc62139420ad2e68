package org.nnlab.runner.batch;

import java.io.StringReader;
import java.util.stream.Collectors;
import org.nnlab.api.UserException;
import org.nnlab.runner.config.SourceMap;
import org.nnlab.api.Echo;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Composing a YAML file into nodes, the Java value of a node, and a node written back as one line of YAML. */
final class YamlNodes extends SafeConstructor {
    YamlNodes() {
        super(new LoaderOptions());
    }

    /** Integer, Long, BigInteger, Double, Boolean, String, List, Map or null, by SnakeYAML's safe rules. */
    Object value(Node node) {
        return constructObject(node);
    }

    /** The root node of {@code text}, or null for an empty file; malformed YAML is a placed {@link UserException}. */
    static Node compose(String text, SourceMap source) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new UserException(source.where(mark) + ": malformed YAML: " + context + e.getProblem()
                    + "; check the indentation, the colons and the quoting here (or on the line above)");
        } catch (YAMLException e) {
            throw new UserException(source.fileLabel() + ": malformed YAML: " + e.getMessage());
        }
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

    /** How a value reads in "got ..." of a message. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Tag.NULL.equals(scalar.getTag())) {
            return "nothing";
        }
        return Tag.STR.equals(scalar.getTag()) ? Echo.quoted(scalar.getValue()) : Echo.cut(scalar.getValue());
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
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
