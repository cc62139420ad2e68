package org.nnlab.runner.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects every problem of a config in one pass, each placed as {@code where: key.path: message}, and
 * reports them together, in the order they appear in the file.
 */
final class ProblemLog {
    private record Entry(long rank, int order, String line) {
    }

    private final SourceMap source;
    private final List<Entry> entries = new ArrayList<>();

    ProblemLog(SourceMap source) {
        this.source = source;
    }

    void add(Node node, String path, String message) {
        entries.add(new Entry(source.rank(node), entries.size(), line(source.where(node), path, message)));
    }

    /** A problem of a {@code --set} argument that never became a node. */
    void addOverride(String label, String path, String message) {
        entries.add(new Entry(Long.MAX_VALUE, entries.size(), line(label, path, message)));
    }

    /** A problem some code reported on a key path, placed at the node of that path (or its parent). */
    void addAt(String path, String message) {
        add(source.nodeOf(path), path, message);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    void throwIfAny() {
        if (!entries.isEmpty()) {
            throw toException();
        }
    }

    UserException toException() {
        return new UserException(entries.stream()
                .sorted(Comparator.comparingLong(Entry::rank).thenComparingInt(Entry::order))
                .map(e -> new Problem("", e.line())).toList());
    }

    static String line(String where, String path, String message) {
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
