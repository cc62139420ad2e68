package org.nnlab.runner.config;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each part of a config came from: a line and column of the file, or a {@code --set} argument; and
 * which node holds each key path, so problems found later (a shape mismatch, a missing data file) point at
 * the right place.
 */
public final class SourceMap {
    private final String fileLabel;
    private final Map<Node, String> overrideLabels = new IdentityHashMap<>();
    private final Map<String, Node> nodesByPath = new HashMap<>();

    public SourceMap(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    public String fileLabel() {
        return fileLabel;
    }

    /** {@code file:line:col} (1-based) of {@code node}, or the {@code --set} argument it came from. */
    public String where(Node node) {
        if (node == null) {
            return fileLabel;
        }
        String override = overrideLabels.get(node);
        if (override != null) {
            return override;
        }
        return where(node.getStartMark());
    }

    /** {@code file:line:col} (1-based) of a mark, or the file alone when there is none. */
    public String where(Mark mark) {
        return mark == null ? fileLabel : fileLabel + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    /** An order for messages: file positions first, by line and column, then overrides. */
    long rank(Node node) {
        if (node == null) {
            return 0;
        }
        if (overrideLabels.containsKey(node) || node.getStartMark() == null) {
            return Long.MAX_VALUE;
        }
        return ((long) node.getStartMark().getLine() << 20) + node.getStartMark().getColumn();
    }

    /** Marks {@code node} and everything under it as coming from {@code label} (a {@code --set} argument). */
    void markOverride(Node node, String label) {
        overrideLabels.put(node, label);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                markOverride(tuple.getKeyNode(), label);
                markOverride(tuple.getValueNode(), label);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> markOverride(child, label));
        }
    }

    void record(String path, Node node) {
        nodesByPath.put(path, node);
    }

    /** The node of {@code path}, or of its nearest recorded ancestor ({@code a.b[2]} -> {@code a.b} -> {@code a}). */
    public Node nodeOf(String path) {
        String p = path;
        while (true) {
            Node node = nodesByPath.get(p);
            if (node != null || p.isEmpty()) {
                return node;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /** Where the value of {@code path} (or its nearest ancestor) is written. */
    public String whereOf(String path) {
        return where(nodeOf(path));
    }
}
