package org.nnlab.runner.cli;

/** How {@code nn} exits. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** A run started and failed (it is marked failed), an I/O failure, or a bug (printed with its trace). */
    public static final int FAILED = 1;
    /** A mistake in the command line or the config: nothing was run, no run directory was made. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
