package org.nnlab.runner.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.nnlab.api.UserException;

/**
 * Where a run goes: {@code --run-dir DIR} exactly, or {@code <runs-dir>/<name>-<yyyyMMdd-HHmmss>} (runs dir
 * {@code runs} by default). An existing directory is never reused. {@link #check()} finds the problems it can
 * without creating anything, so an experiment that cannot start leaves nothing behind; {@link #create()} makes
 * the directory when the run starts.
 *
 * @param explicit whether the user named the directory ({@code --run-dir})
 */
public record RunDirectory(Path path, boolean explicit) {
    public static final Path DEFAULT_RUNS_DIR = Path.of("runs");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** {@code runDir} when given, else a timestamped directory under {@code runsDir} (or {@code runs}). */
    public static RunDirectory plan(Path runDir, Path runsDir, String name, LocalDateTime now) {
        if (runDir != null) {
            return new RunDirectory(runDir, true);
        }
        Path parent = runsDir != null ? runsDir : DEFAULT_RUNS_DIR;
        return new RunDirectory(parent.resolve(name + "-" + STAMP.format(now)), false);
    }

    /** Throws a {@link UserException} when the directory exists or cannot be made; creates nothing. */
    public void check() {
        if (Files.exists(path)) {
            throw exists();
        }
        Path existing = path.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw notADirectory(existing);
        }
        if (!Files.isWritable(existing)) {
            throw unwritable(existing, "permission denied");
        }
    }

    /** Creates the directory (and its parents); it must not exist yet. */
    public Path create() {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.createDirectory(path);
        } catch (FileAlreadyExistsException e) {
            Path other = e.getFile() == null ? path : Path.of(e.getFile());
            throw other.toAbsolutePath().equals(path.toAbsolutePath()) ? exists() : notADirectory(other);
        } catch (AccessDeniedException e) {
            throw unwritable(Path.of(e.getFile()), "permission denied");
        } catch (FileSystemException e) {
            throw unwritable(e.getFile() == null ? path : Path.of(e.getFile()),
                    e.getReason() == null ? e.toString() : e.getReason());
        } catch (IOException e) {
            throw unwritable(path, e.toString());
        }
    }

    private UserException exists() {
        return new UserException(path + ": the run directory already exists, and a run is never written over another; "
                + (explicit ? "give another --run-dir, or leave it out for a new timestamped directory"
                : "wait a second and run again, or give --run-dir DIR"));
    }

    private UserException notADirectory(Path file) {
        return new UserException(file + ": is a file, not a directory, so the run directory " + path
                + " cannot be made; give a directory with " + (explicit ? "--run-dir DIR" : "--runs-dir DIR"));
    }

    private UserException unwritable(Path where, String reason) {
        return new UserException(where + ": cannot create the run directory " + path + " here (" + reason
                + "); give a writable directory with " + (explicit ? "--run-dir DIR" : "--runs-dir DIR"));
    }
}
