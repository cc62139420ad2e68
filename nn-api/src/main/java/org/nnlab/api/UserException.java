package org.nnlab.api;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A user's mistake: bad configuration, an unknown plugin, a missing data file. Carries every
 * {@link Problem} found, not just the first. The command line prints the message and exits non-zero,
 * with no stack trace unless asked; a bug is never reported with this type.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public UserException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a UserException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public UserException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    /** A problem that concerns no key path (a file, the whole run). */
    public UserException(String message) {
        this("", message);
    }

    public UserException(String message, Throwable cause) {
        this(List.of(new Problem("", message)));
        initCause(cause);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The same problems, each rewritten (e.g. moved under a key path prefix). */
    public UserException map(UnaryOperator<Problem> rewrite) {
        UserException mapped = new UserException(problems.stream().map(rewrite).toList());
        mapped.initCause(getCause());
        return mapped;
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
