package org.nnlab.runner.batch;

import java.nio.file.Path;

/**
 * Does one run of a batch and leaves its run directory in place: {@link RunLauncher} in this JVM, or a backend
 * that runs it elsewhere and writes the files it sends back (nn-spark). Called from several threads at once.
 */
@FunctionalInterface
public interface RunExecutor {
    /**
     * Runs {@code run} into {@code runDir} and says what it gave; never throws for a run. {@code runDir} does not
     * exist, or (for this JVM's launcher only) holds the run's checkpoint to continue from.
     */
    RunResult launch(PlannedRun run, Path runDir);
}
