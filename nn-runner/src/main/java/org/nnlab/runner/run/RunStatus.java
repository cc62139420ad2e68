package org.nnlab.runner.run;

import java.util.Locale;

/** Where a run stands, as written in {@code summary.json} and {@code provenance.json}. */
public enum RunStatus {
    /** Training; the files hold the epochs done so far. */
    RUNNING,
    /** Every epoch done (or stopped early by patience), model saved. */
    COMPLETED,
    /** Stopped by an interrupt (Ctrl-C) before the end; the files hold the epochs done. */
    INCOMPLETE,
    /** Ended by an error, given in {@code summary.json}. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
