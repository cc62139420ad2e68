package org.nnlab.runner.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.UserException;
import org.nnlab.runner.eval.ConfusionMatrix;

/**
 * {@code nn report}: run and batch directories read ({@link #read}), each run's model evaluated on its test set
 * ({@link #evaluate}), and written as one self-contained HTML page ({@link #html}).
 */
public final class HtmlReport {
    /** Evaluates a run's trained model on its test set. */
    @FunctionalInterface
    public interface TestSetEvaluator {
        /** The confusion matrix; a {@link RuntimeException} whose message says why there is none. */
        ConfusionMatrix evaluate(Path runDir);
    }

    private final Report report;

    private HtmlReport(Report report) {
        this.report = report;
    }

    /**
     * The runs and batches in {@code dirs}.
     *
     * @throws UserException naming every directory that is neither a run nor a batch directory
     */
    public static HtmlReport read(List<Path> dirs) {
        return new HtmlReport(ReportReader.read(dirs));
    }

    /** The directories of the runs {@link #evaluate} hands to its evaluator, in that order. */
    public List<Path> runDirs() {
        return report.present().stream().map(RunData::dir).toList();
    }

    /** The report with each run's confusion matrix, or the reason it has none; never throws for a run. */
    public HtmlReport evaluate(TestSetEvaluator evaluator) {
        Objects.requireNonNull(evaluator, "evaluator is null");
        Report evaluated = report;
        for (RunData run : report.present()) {
            RunData with;
            try {
                with = run.withConfusion(evaluator.evaluate(run.dir()), "");
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                with = run.withConfusion(null, why);
            }
            evaluated = evaluated.with(with);
        }
        return new HtmlReport(evaluated);
    }

    /** The page; {@code generated} is the line under the title (when and by what). */
    public String html(String generated) {
        return Page.html(report, title(), generated);
    }

    /** {@code 12 runs (3 not completed) in 1 batch}, for the command's closing line. */
    public String describe() {
        long notCompleted = report.runs().stream().filter(e -> e.data() == null || !e.data().completed()).count();
        int batches = report.batches().size();
        return report.runs().size() + " run" + (report.runs().size() == 1 ? "" : "s")
                + (notCompleted == 0 ? "" : " (" + notCompleted + " not completed)")
                + (batches == 0 ? "" : " in " + batches + " batch" + (batches == 1 ? "" : "es"));
    }

    private String title() {
        if (report.batches().size() == 1 && report.runs().stream().allMatch(e -> e.batch() != null)) {
            return "nn report: batch " + report.batches().get(0).name();
        }
        if (report.runs().size() == 1) {
            return "nn report: run " + report.runs().get(0).name();
        }
        return "nn report: " + describe();
    }
}
