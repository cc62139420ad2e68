package org.nnlab.api;

import java.util.Objects;

/**
 * One user mistake: where it is (a dotted key path such as {@code optimizer.learning-rate}, or a file) and
 * what to do about it. The runner turns the path into {@code file:line:col}.
 *
 * @param path    dotted key path relative to the thing validated; empty when it concerns the whole
 * @param message the problem and its fix, e.g. {@code expected a positive number, got "fast" (e.g. 0.5)}
 */
public record Problem(String path, String message) {
    public Problem {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(message, "message is null");
    }

    /** The same problem with {@code prefix.} put before its path, e.g. {@code optimizer} + {@code l2}. */
    public Problem under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return new Problem(path.isEmpty() ? prefix : prefix + "." + path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
