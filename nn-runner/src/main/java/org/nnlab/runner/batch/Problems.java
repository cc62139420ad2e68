package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.runner.config.SourceMap;
import org.yaml.snakeyaml.nodes.Node;

/** The problems of a batch file, each placed as {@code file:line:col: key: message}, reported in file order. */
final class Problems {
    private record Entry(long rank, int order, String line) {
    }

    private final SourceMap source;
    private final List<Entry> entries = new ArrayList<>();

    Problems(SourceMap source) {
        this.source = source;
    }

    void add(Node node, String key, String message) {
        long rank = node == null || node.getStartMark() == null ? 0
                : ((long) node.getStartMark().getLine() << 20) + node.getStartMark().getColumn();
        entries.add(new Entry(rank, entries.size(), source.where(node) + ": " + (key.isEmpty() ? "" : key + ": ")
                + message));
    }

    /** {@code file:line:col} of {@code node}. */
    String where(Node node) {
        return source.where(node);
    }

    /** A problem not tied to a node, kept after those that are. */
    void add(String line) {
        entries.add(new Entry(Long.MAX_VALUE, entries.size(), line));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<String> lines() {
        return entries.stream().sorted(Comparator.comparingLong(Entry::rank).thenComparingInt(Entry::order))
                .map(Entry::line).toList();
    }

    /** Throws every problem so far, and {@code more} after them, as one {@link UserException}. */
    void throwIfAny(List<String> more) {
        List<String> all = new ArrayList<>(lines());
        all.addAll(more);
        if (!all.isEmpty()) {
            throw new UserException(all.stream().map(line -> new Problem("", line)).toList());
        }
    }
}
