package org.nnlab.runner.report;

import java.util.List;
import java.util.Objects;
import org.nnlab.runner.report.BatchData.Planned;

/**
 * What one report shows: every run (those of each batch in the plan's order, then the runs given alone), the
 * batches, and notes that concern more than one run.
 */
record Report(List<Entry> runs, List<BatchData> batches, List<String> notes) {
    Report {
        runs = List.copyOf(runs);
        batches = List.copyOf(batches);
        notes = List.copyOf(notes);
    }

    /**
     * One run of the report.
     *
     * @param data    its directory's contents, or null for a batch's run that has not started
     * @param batch   the batch it belongs to, or null
     * @param planned its place in the batch's plan, or null
     */
    record Entry(String name, RunData data, BatchData batch, Planned planned) {
        Entry {
            Objects.requireNonNull(name, "name is null");
        }

        String status() {
            return data == null ? "pending" : data.status();
        }
    }

    /** The runs that have a directory. */
    List<RunData> present() {
        return runs.stream().map(Entry::data).filter(Objects::nonNull).toList();
    }

    /** The same report with {@code data} in place of the run of the same directory. */
    Report with(RunData data) {
        return new Report(runs.stream().map(e -> e.data() != null && e.data().dir().equals(data.dir())
                ? new Entry(e.name(), data, e.batch(), e.planned()) : e).toList(), batches, notes);
    }
}
