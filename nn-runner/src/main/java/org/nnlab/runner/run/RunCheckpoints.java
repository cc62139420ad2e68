package org.nnlab.runner.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nnlab.core.Checkpoints;
import org.nnlab.core.TrainingState;
import org.nnlab.core.io.CheckpointFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run directory's {@code checkpoint.nnc}: written whole (temporary file, atomic move) after each epoch, after
 * the recorder wrote that epoch's model, summary and metrics row, so a kill at any point leaves a checkpoint that
 * the other files are at most one epoch ahead of; resuming rewrites the model, summary and metrics from it.
 * Removed when the run completes. A checkpoint that cannot be written (a full disk) is a warning, not a failed
 * run: the old one is removed to free its room, and the run goes on without checkpoints.
 */
final class RunCheckpoints implements Checkpoints {
    private static final Logger LOG = LoggerFactory.getLogger(RunCheckpoints.class);

    private final Path file;
    private final Map<String, String> tags;
    private final TrainingState from;
    private boolean failed;
    private RunRecorder recorder;

    RunCheckpoints(Path dir, Map<String, String> tags, TrainingState from) {
        this.file = dir.resolve(CheckpointFile.FILE_NAME);
        this.tags = Map.copyOf(Objects.requireNonNull(tags, "tags is null"));
        this.from = from;
    }

    /** Writes from now on under {@code recorder}'s lock, and not once its record is closed. */
    void recordedBy(RunRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Optional<TrainingState> resumeFrom() {
        return Optional.ofNullable(from);
    }

    @Override
    public void save(TrainingState state) {
        if (failed) {
            return;
        }
        try {
            byte[] bytes = CheckpointFile.toBytes(state, new java.util.TreeMap<>(tags));
            if (recorder == null) {
                AtomicFiles.write(file, bytes);
            } else {
                recorder.whileOpen(() -> AtomicFiles.write(file, bytes));
            }
        } catch (IOException e) {
            failed = true;
            LOG.warn("Could not write {} after epoch {} ({}); the run goes on without checkpoints and cannot be"
                    + " resumed if it stops", file, state.epoch(), e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // left as it is: still a consistent checkpoint of an earlier epoch
            }
        }
    }
}
