package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.UserException;
import org.nnlab.runner.run.Provenance;
import org.nnlab.runner.run.RunJson;
import org.nnlab.runner.run.RunRecorder;

/**
 * Where a run's training found its data, read back from its {@code provenance.json}, so that {@code nn eval} reads
 * the same files whatever {@code NN_DATA_DIR} says now; a run recorded before this was kept uses the environment.
 */
final class RecordedData {
    private RecordedData() {
    }

    /**
     * The dataset context to evaluate {@code runDir} with: {@code dataRoot} when given (the files moved), else the
     * one training had. Throws when a file training read is gone, saying how to point to the files.
     */
    static DatasetContext context(Path runDir, DatasetContext current, Path dataRoot) {
        if (dataRoot != null) {
            return new DatasetContext(dataRoot, current.cacheDir());
        }
        Map<?, ?> dataset = dataset(runDir);
        if (dataset == null || !(dataset.get(Provenance.CACHE_DIR) instanceof String cache)) {
            return current;
        }
        List<String> missing = new ArrayList<>();
        if (dataset.get("files") instanceof List<?> files) {
            for (Object file : files) {
                if (file instanceof Map<?, ?> entry && entry.get("path") instanceof String path
                        && !Files.exists(Path.of(path))) {
                    missing.add(path);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException(runDir.resolve(RunRecorder.PROVENANCE) + ": training read " + missing.get(0)
                    + (missing.size() > 1 ? " and " + (missing.size() - 1) + " other file(s)" : "") + ", which is no"
                    + " longer there; if the data moved, give the directory that now holds the dataset's folder"
                    + " (e.g. DIR for DIR/" + dataset.get("name") + "/) with --data-root DIR, or edit the file"
                    + " settings in " + runDir.resolve(RunRecorder.CONFIG) + " if it names them");
        }
        Object root = dataset.get(Provenance.DATA_ROOT);
        return new DatasetContext(root instanceof String text ? Path.of(text) : null, Path.of(cache));
    }

    /** The {@code dataset} object of {@code runDir}'s provenance.json; null when there is none or it is unreadable. */
    static Map<?, ?> dataset(Path runDir) {
        try {
            Object provenance = RunJson.read(Files.readString(runDir.resolve(RunRecorder.PROVENANCE)));
            return provenance instanceof Map<?, ?> map && map.get("dataset") instanceof Map<?, ?> dataset
                    ? dataset : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + runDir.resolve(RunRecorder.PROVENANCE), e);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
