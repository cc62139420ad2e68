package org.nnlab.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.nnlab.runner.batch.RunResult;

/**
 * What a task sends back: the run's result and every file of its run directory, which the driver writes into the
 * batch directory under a temporary name and moves into place, as a local run's directory appears whole.
 *
 * @param files          each file's path in the run directory ({@code /} separated) and its bytes
 * @param executor       where it ran: the executor's id and host
 * @param executorNanos  the run's wall time on the executor, from the task's start to its files read
 */
record RunOutput(String status, double testAccuracy, double bestValidationAccuracy, int bestEpoch, int epochsRun,
                 double seconds, String error, double bestEpochTestAccuracy, Map<String, byte[]> files,
                 String executor, long executorNanos)
        implements Serializable {

    static RunOutput of(RunResult result, Map<String, byte[]> files, String executor, long nanos) {
        return new RunOutput(result.status(), result.testAccuracy(), result.bestValidationAccuracy(),
                result.bestEpoch(), result.epochsRun(), result.seconds(), result.error(), result.bestEpochTestAccuracy(),
                files, executor, nanos);
    }

    RunResult result() {
        return new RunResult(status, testAccuracy, bestValidationAccuracy, bestEpoch, epochsRun, seconds, error,
                bestEpochTestAccuracy);
    }

    /** Writes the files as {@code runDir} (which must not exist): into a hidden sibling first, then one move. */
    void writeTo(Path runDir) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Path incoming = runDir.resolveSibling("." + runDir.getFileName() + ".incoming");
        deleteTree(incoming);
        Files.createDirectories(incoming);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = incoming.resolve(file.getKey()).normalize();
            if (!target.startsWith(incoming) || target.equals(incoming)) {
                throw new IOException("a run file outside its run directory: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.move(incoming, runDir, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
