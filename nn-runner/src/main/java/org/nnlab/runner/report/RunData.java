package org.nnlab.runner.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnlab.runner.curves.Curves;
import org.nnlab.runner.eval.ConfusionMatrix;

/**
 * One run directory as the report shows it.
 *
 * @param dir           the run directory
 * @param status        {@code completed}, {@code running}, {@code incomplete}, {@code failed}, or {@code unknown}
 *                      (no readable {@code summary.json})
 * @param statusDetail  why it is not completed (the INCOMPLETE marker, the error), or empty
 * @param summary       {@code summary.json}
 * @param config        {@code config.yaml}, one line per key
 * @param provenance    {@code provenance.json}, one line per leaf
 * @param curves        {@code metrics.csv}
 * @param notes         what could not be read, and other things a reader should know
 * @param confusion     the test set's confusion matrix, or null
 * @param confusionNote why there is no confusion matrix, or empty
 */
record RunData(Path dir, String status, String statusDetail, Map<String, Object> summary, Map<String, String> config,
               Map<String, String> provenance, Curves curves, List<String> notes, ConfusionMatrix confusion,
               String confusionNote) {
    static final String COMPLETED = "completed";

    RunData {
        Objects.requireNonNull(dir, "dir is null");
        summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
        notes = List.copyOf(notes);
    }

    /** The directory's name. */
    String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    boolean completed() {
        return COMPLETED.equals(status);
    }

    /** A number of {@code summary.json}, NaN when it is missing or not a number. */
    double number(String key) {
        return summary.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    RunData withConfusion(ConfusionMatrix matrix, String note) {
        return new RunData(dir, status, statusDetail, summary, config, provenance, curves, notes, matrix, note);
    }
}
