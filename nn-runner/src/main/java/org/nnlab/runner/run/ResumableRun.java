package org.nnlab.runner.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.nnlab.api.UserException;
import org.nnlab.core.io.CheckpointFile;

/**
 * A run directory that {@code --resume} can continue: a run (config, summary), not completed, with a checkpoint
 * that reads whole. {@link #open} refuses anything else with what to do instead, before anything is written.
 *
 * @param dir        the run directory
 * @param checkpoint its checkpoint, read
 */
public record ResumableRun(Path dir, CheckpointFile.Contents checkpoint) {
    /** How the trainer's warning that a run gets no checkpoints starts. */
    private static final String NO_CHECKPOINTS = "No checkpoints: ";

    /** The run directory {@code dir}, checked and its checkpoint read; see the class comment. */
    public static ResumableRun open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException(dir + ": no such run directory (give the directory of a run that was stopped,"
                    + " e.g. runs/quickstart-20261204-101500)");
        }
        for (String file : new String[]{RunRecorder.CONFIG, RunRecorder.SUMMARY}) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new UserException(dir + ": not a run directory: it has no " + file + " (give the directory"
                        + " nn run made for the run)");
            }
        }
        if (RunStatus.COMPLETED.label().equals(status(dir))) {
            throw new UserException(dir + ": the run already finished (" + RunRecorder.SUMMARY + " says completed);"
                    + " there is nothing to resume (to train longer, start a new run)");
        }
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        try {
            return new ResumableRun(dir, CheckpointFile.read(file));
        } catch (NoSuchFileException e) {
            String why = noCheckpoints(dir).orElse("it stopped before its first epoch ended");
            throw new UserException(dir + ": the run has no " + CheckpointFile.FILE_NAME + ": " + why
                    + "; start it again with nn run " + dir.resolve(RunRecorder.CONFIG));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** The resolved config the run was started with. */
    public Path config() {
        return dir.resolve(RunRecorder.CONFIG);
    }

    /** The last finished epoch, where the run goes on from. */
    public int epoch() {
        return checkpoint.state().epoch();
    }

    /** Why training wrote no checkpoints, as its log says (the optimizer cannot report its state), if it does. */
    private static Optional<String> noCheckpoints(Path dir) {
        try (Stream<String> lines = Files.lines(dir.resolve(RunRecorder.RUN_LOG))) {
            return lines.filter(line -> line.contains(NO_CHECKPOINTS)).findFirst()
                    .map(line -> line.substring(line.indexOf(NO_CHECKPOINTS) + NO_CHECKPOINTS.length()));
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    private static String status(Path dir) {
        Path summary = dir.resolve(RunRecorder.SUMMARY);
        try {
            return RunJson.read(Files.readString(summary)) instanceof Map<?, ?> map
                    && map.get("status") instanceof String status ? status : null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + summary, e);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
