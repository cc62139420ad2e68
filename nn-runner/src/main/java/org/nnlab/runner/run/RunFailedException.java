package org.nnlab.runner.run;

import java.nio.file.Path;

/** A run that had started (its directory exists, marked failed) ended with an error, the cause. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path dir;

    public RunFailedException(Path dir, Throwable cause) {
        super(String.valueOf(cause.getMessage() == null ? cause : cause.getMessage()), cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
