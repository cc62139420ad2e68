package org.nnlab.runner.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nnlab.core.Checkpoints;
import org.nnlab.core.TrainingState;
import org.nnlab.core.io.CheckpointFile;

/**
 * A run directory's {@code checkpoint.nnc}: written whole (temporary file, atomic move) after each epoch, before
 * the recorder writes that epoch's model, summary and metrics row, so a kill at any point leaves a checkpoint
 * whose epochs the other files are never ahead of by more than the epoch it ends with; resuming rewrites them
 * from it. Removed when the run completes.
 */
final class RunCheckpoints implements Checkpoints {
    private final Path file;
    private final Map<String, String> tags;
    private final TrainingState from;

    RunCheckpoints(Path dir, Map<String, String> tags, TrainingState from) {
        this.file = dir.resolve(CheckpointFile.FILE_NAME);
        this.tags = Map.copyOf(Objects.requireNonNull(tags, "tags is null"));
        this.from = from;
    }

    @Override
    public Optional<TrainingState> resumeFrom() {
        return Optional.ofNullable(from);
    }

    @Override
    public void save(TrainingState state) {
        try {
            AtomicFiles.write(file, CheckpointFile.toBytes(state, new java.util.TreeMap<>(tags)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
