package org.nnlab.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.runner.curves.Curves;
import org.nnlab.runner.run.RunJson;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.run.RunStatus;

/**
 * Reads a run directory as {@code nn run} writes it. Whatever can be read is shown: a missing or unreadable file
 * becomes a note, and a run still in progress or stopped is read as far as it got.
 */
final class RunReader {
    private RunReader() {
    }

    /** Whether {@code dir} is a run directory: a {@code config.yaml} beside a summary, provenance or metrics. */
    static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunRecorder.CONFIG))
                && (Files.isRegularFile(dir.resolve(RunRecorder.SUMMARY))
                || Files.isRegularFile(dir.resolve(RunRecorder.PROVENANCE))
                || Files.isRegularFile(dir.resolve(RunRecorder.METRICS)));
    }

    static RunData read(Path dir) {
        List<String> notes = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>();
        String configText = text(dir.resolve(RunRecorder.CONFIG), notes);
        if (configText != null) {
            try {
                config = Flat.of(Flat.yaml(configText));
            } catch (IllegalArgumentException e) {
                notes.add(RunRecorder.CONFIG + " is not YAML: " + e.getMessage());
            }
        }
        Map<String, Object> summary = json(dir.resolve(RunRecorder.SUMMARY), notes);
        Map<String, Object> provenanceTree = json(dir.resolve(RunRecorder.PROVENANCE), notes);
        String metrics = Files.isRegularFile(dir.resolve(RunRecorder.METRICS))
                ? text(dir.resolve(RunRecorder.METRICS), notes) : null;
        Curves curves = metrics == null ? Curves.empty() : Curves.parse(metrics);
        curves.problems().forEach(notes::add);

        String status = summary.get("status") instanceof String s ? s : "unknown";
        String detail = "";
        Path marker = dir.resolve(RunRecorder.INCOMPLETE);
        if (Files.isRegularFile(marker)) {
            String text = text(marker, notes);
            detail = text == null ? "" : text.strip();
            if (RunStatus.RUNNING.label().equals(status)) {
                detail = "still training, or stopped without a chance to say so (kill -9); "
                        + RunRecorder.INCOMPLETE + " says: " + detail;
            }
        }
        if (summary.get("error") instanceof String error) {
            detail = detail.isEmpty() ? error : detail + "; " + error;
        }
        if (summary.isEmpty() && !Files.isRegularFile(dir.resolve(RunRecorder.SUMMARY))) {
            notes.add("no " + RunRecorder.SUMMARY + ": the run stopped before its first write");
        }
        return new RunData(dir, status, detail, summary, config, Flat.of(provenanceTree), curves, notes, null, "");
    }

    private static String text(Path file, List<String> notes) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            notes.add(file.getFileName() + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> json(Path file, List<String> notes) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String text = text(file, notes);
        if (text == null) {
            return Map.of();
        }
        try {
            Object value = RunJson.read(text);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            notes.add(file.getFileName() + " is not a JSON object");
        } catch (IllegalArgumentException e) {
            notes.add(file.getFileName() + " is not JSON: " + e.getMessage());
        }
        return Map.of();
    }
}
