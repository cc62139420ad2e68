package org.nnlab.runner.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nnlab.runner.run.RunJson;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.run.RunStatus;

/**
 * Where one run of a batch stands and what it gave, as its {@code summary.json} says.
 *
 * @param status                 {@code ok}, {@code failed}, {@code incomplete} (started, not finished) or
 *                               {@code pending} (not started)
 * @param testAccuracy           after the last epoch; NaN when unknown
 * @param bestValidationAccuracy NaN when unknown or when there is no validation set
 * @param bestEpoch              the epoch of the best validation accuracy (the last one without validation);
 *                               0 when unknown
 * @param seconds                training and evaluation time; NaN when unknown
 * @param error                  why it failed, or empty
 * @param bestEpochTestAccuracy  the test accuracy at the best epoch (best.nnm's); NaN when unknown
 */
public record RunResult(String status, double testAccuracy, double bestValidationAccuracy, int bestEpoch,
                        int epochsRun, double seconds, String error, double bestEpochTestAccuracy) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String INCOMPLETE = "incomplete";
    public static final String PENDING = "pending";

    public static RunResult pending() {
        return new RunResult(PENDING, Double.NaN, Double.NaN, 0, 0, Double.NaN, "", Double.NaN);
    }

    public static RunResult incomplete() {
        return new RunResult(INCOMPLETE, Double.NaN, Double.NaN, 0, 0, Double.NaN, "", Double.NaN);
    }

    /** A run that failed before its directory held a summary. */
    public static RunResult failed(String error) {
        return new RunResult(FAILED, Double.NaN, Double.NaN, 0, 0, Double.NaN, error, Double.NaN);
    }

    public boolean ok() {
        return OK.equals(status);
    }

    /** Whether {@code runDir} holds a run that completed: its summary says so and it has no INCOMPLETE marker. */
    public static boolean isComplete(Path runDir) {
        return Files.isRegularFile(runDir.resolve(RunRecorder.SUMMARY))
                && !Files.exists(runDir.resolve(RunRecorder.INCOMPLETE)) && read(runDir).ok();
    }

    /** What {@code runDir} holds: pending without a directory, incomplete without a readable summary. */
    public static RunResult read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return pending();
        }
        Map<?, ?> summary;
        try {
            summary = (Map<?, ?>) RunJson.read(Files.readString(runDir.resolve(RunRecorder.SUMMARY)));
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return incomplete();
        }
        Object status = summary.get("status");
        String label = RunStatus.COMPLETED.label().equals(status) ? OK
                : RunStatus.FAILED.label().equals(status) ? FAILED : INCOMPLETE;
        return new RunResult(label, number(summary, "test_accuracy"), number(summary, "best_validation_accuracy"),
                (int) number(summary, "best_epoch", 0), (int) number(summary, "epochs_run", 0),
                number(summary, "train_seconds") + number(summary, "eval_seconds"),
                summary.get("error") == null ? "" : String.valueOf(summary.get("error")),
                number(summary, "best_epoch_test_accuracy"));
    }

    private static double number(Map<?, ?> map, String key) {
        return number(map, key, Double.NaN);
    }

    private static double number(Map<?, ?> map, String key, double fallback) {
        return map.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }
}
