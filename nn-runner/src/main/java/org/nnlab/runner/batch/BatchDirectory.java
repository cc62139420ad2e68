package org.nnlab.runner.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.nnlab.api.UserException;
import org.nnlab.runner.run.AtomicFiles;

/**
 * A batch directory, held by one {@code nn batch} at a time (a lock on its {@code .lock} file, which the system
 * releases when the process ends, even by kill -9). Holds {@code batch.yaml}, {@code runs.csv},
 * {@code summary.csv} and one run directory per run; every file is written whole (temporary name, atomic move).
 */
public final class BatchDirectory implements AutoCloseable {
    public static final Path DEFAULT_PARENT = Path.of("runs");
    private static final String LOCK = ".lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchDirectory(Path path) {
        this.path = path;
        try {
            this.channel = FileChannel.open(path.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null;
            }
            if (held == null) {
                channel.close();
                throw new UserException(path + ": another nn batch is working in this batch directory; wait for it"
                        + " to end, or stop it (it can be resumed)");
            }
            this.lock = held;
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + path.resolve(LOCK), e);
        }
    }

    /** {@code --batch-dir} when given, else {@code runs/<name>-<yyyyMMdd-HHmmss>}. */
    public static Path plan(Path batchDir, String name, LocalDateTime now) {
        return batchDir != null ? batchDir : DEFAULT_PARENT.resolve(name + "-" + STAMP.format(now));
    }

    /** Throws a {@link UserException} when {@code dir} exists: a batch never writes over anything. */
    public static void checkNew(Path dir, boolean explicit) {
        if (Files.exists(dir)) {
            throw new UserException(dir + ": the batch directory already exists, and a batch never writes over"
                    + " anything; resume it with nn batch --resume " + dir + ", or "
                    + (explicit ? "give another --batch-dir" : "wait a second and start again, or give --batch-dir"));
        }
    }

    /** Creates {@code dir} (it must not exist) and holds it. */
    public static BatchDirectory create(Path dir) {
        checkNew(dir, true);
        try {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UserException(dir + ": cannot create the batch directory (" + e + "); give a writable"
                    + " directory with --batch-dir DIR");
        }
        return new BatchDirectory(dir);
    }

    /**
     * Holds an existing batch directory, to resume it; the temporary files a killed batch left beside its tables
     * are removed once the lock is held.
     */
    public static BatchDirectory open(Path dir) {
        PlanFile.read(dir);
        BatchDirectory opened = new BatchDirectory(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            opened.close();
            throw new UncheckedIOException("could not remove the temporary files in " + dir, e);
        }
        return opened;
    }

    public Path path() {
        return path;
    }

    public Path runDir(PlannedRun run) {
        return path.resolve(run.name());
    }

    void write(String name, String text) {
        try {
            AtomicFiles.write(path.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path.resolve(name), e);
        }
    }

    /** Removes a run directory and everything in it (a run that did not complete, to be redone from its start). */
    void remove(Path runDir) {
        if (!Files.exists(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the unfinished run " + runDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
