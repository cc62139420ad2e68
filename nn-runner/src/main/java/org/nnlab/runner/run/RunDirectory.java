package org.nnlab.runner.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.nnlab.api.UserException;

/**
 * Where a run goes: {@code --run-dir DIR} exactly, or {@code <runs-dir>/<name>-<yyyyMMdd-HHmmss>} (runs dir
 * {@code runs} by default). An existing directory is never reused: a timestamped name that is taken (another run of
 * the same config started in the same second) gets the first free suffix {@code -2}, {@code -3}, ..., claimed by
 * an atomic mkdir, so runs started together each get their own. {@link #check()} finds the problems it can
 * without creating anything, so an experiment that cannot start leaves nothing behind; {@link #create()} makes
 * the directory when the run starts.
 *
 * @param explicit whether the user named the directory ({@code --run-dir})
 */
public record RunDirectory(Path path, boolean explicit) {
    public static final Path DEFAULT_RUNS_DIR = Path.of("runs");
    private static final int MAX_SUFFIX = 1000;
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
        if (explicit && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * Creates the directory (and its parents) and returns it: {@link #path()} exactly when the user named it (it
     * must not exist yet), else the first of {@code path}, {@code path-2}, {@code path-3}, ... not taken.
     */
    public Path create() {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!explicit) {
                return createFree();
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

    private Path createFree() throws IOException {
        for (int suffix = 1; suffix <= MAX_SUFFIX; suffix++) {
            Path candidate = suffix == 1 ? path : path.resolveSibling(path.getFileName() + "-" + suffix);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another run (or anything else) has this name: try the next
            }
        }
        throw exists();
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
