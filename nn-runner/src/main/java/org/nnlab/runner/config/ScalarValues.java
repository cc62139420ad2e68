package org.nnlab.runner.config;

import org.nnlab.api.Echo;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The Java value of a node by SnakeYAML's safe rules (so {@code 1_000}, {@code 1e-3}, {@code yes} read as YAML says),
 * and how a node reads in a message; for configs and batch files alike.
 */
public final class ScalarValues extends SafeConstructor {
    public ScalarValues() {
        super(new LoaderOptions());
    }

    /** Integer, Long, BigInteger, Double, Boolean, String, List, Map or null. */
    public Object value(Node node) {
        return constructObject(node);
    }

    /** How a value reads in "got ..." of a message: text quoted, numbers as written, "nothing" for null. */
    public static String describe(Node node) {
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

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }
}
