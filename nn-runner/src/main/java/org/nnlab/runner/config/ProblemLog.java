package org.nnlab.runner.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects every problem of a config or a batch file in one pass, each placed as {@code where: key.path: message},
 * and reports them together, in the order they appear in the file.
 */
public final class ProblemLog {
    private record Entry(long rank, int order, String line) {
    }

    private final SourceMap source;
    private final List<Entry> entries = new ArrayList<>();

    public ProblemLog(SourceMap source) {
        this.source = source;
    }

    public void add(Node node, String path, String message) {
        entries.add(new Entry(source.rank(node), entries.size(), line(source.where(node), path, message)));
    }

    /** {@code file:line:col} of {@code node}. */
    public String where(Node node) {
        return source.where(node);
    }

    /** A problem not tied to a node, as a whole line, kept after those that are. */
    public void add(String line) {
        entries.add(new Entry(Long.MAX_VALUE, entries.size(), line));
    }

    /** A problem of a {@code --set} argument that never became a node. */
    void addOverride(String label, String path, String message) {
        entries.add(new Entry(Long.MAX_VALUE, entries.size(), line(label, path, message)));
    }

    /** A problem some code reported on a key path, placed at the node of that path (or its parent). */
    void addAt(String path, String message) {
        add(source.nodeOf(path), path, message);
    }

    public boolean isEmpty() {
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

    /** Throws every problem so far, and {@code more} after them, as one {@link UserException}. */
    public void throwIfAny(List<String> more) {
        List<String> all = new ArrayList<>(lines());
        all.addAll(more);
        if (!all.isEmpty()) {
            throw new UserException(all.stream().map(line -> new Problem("", line)).toList());
        }
    }

    /** The problems' lines, in file order. */
    public List<String> lines() {
        return entries.stream().sorted(Comparator.comparingLong(Entry::rank).thenComparingInt(Entry::order))
                .map(Entry::line).toList();
    }

    UserException toException() {
        return new UserException(lines().stream().map(line -> new Problem("", line)).toList());
    }

    static String line(String where, String path, String message) {
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
