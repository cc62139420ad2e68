package org.nnlab.runner.run;

import java.nio.file.Path;

/** A run that had started (its directory exists, marked failed) ended with an error, the cause. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path dir;
    private final String onDisk;

    /** @param onDisk what the directory holds now, e.g. "the run directory runs/x is kept, marked failed" */
    public RunFailedException(Path dir, Throwable cause, String onDisk) {
        super(String.valueOf(cause.getMessage() == null ? cause : cause.getMessage()), cause);
        this.dir = dir;
        this.onDisk = onDisk;
    }

    /** What the run directory holds now, as the recorder could write it. */
    public String onDisk() {
        return onDisk;
    }

    public Path dir() {
        return dir;
    }
}
