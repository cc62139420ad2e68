package org.nnlab.runner.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.nnlab.api.UserException;

/**
 * Writes a file whole or not at all: to a temporary name beside it, flushed to disk, then moved into place. A
 * symbolic link is written through (its target is replaced, the link stays); a directory, a device or another
 * special file is never replaced. A write that fails removes its temporary file.
 */
public final class AtomicFiles {
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = destination(target);
        String refused = refusal(real);
        if (refused != null) {
            throw new IOException(target + ": " + refused + ", not a regular file; it is left as it is");
        }
        Path temp = temporary(real);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The temporary name {@link #write} uses beside {@code file}. */
    public static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".tmp");
    }

    /**
     * Checks, before any work, that {@code target} (named by the user with {@code option}) can be written: a
     * regular file, a new name, or a symbolic link to one.
     *
     * @throws UserException when it is a directory, a device or another special file
     */
    public static void requireWritableFile(Path target, String option, String example) {
        String refused;
        try {
            refused = refusal(destination(target));
        } catch (IOException e) {
            refused = "cannot be followed (" + e.getMessage() + ")";
        }
        if (refused != null) {
            throw new UserException(option + " " + target + ": " + refused + ", not a regular file, so it is not"
                    + " written over (give a file name, e.g. " + option + " " + example + ")");
        }
    }

    /** Where a write to {@code target} goes: the file at the end of its symbolic links (which may not exist yet). */
    static Path destination(Path target) throws IOException {
        Path path = target;
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new IOException(target + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(path);
            Path parent = path.toAbsolutePath().getParent();
            path = parent == null ? link : parent.resolve(link);
        }
        return path;
    }

    /** Why {@code real} (no link) must not be replaced, or null when it is a regular file or does not exist. */
    private static String refusal(Path real) {
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return "is a directory";
        }
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return "is a device or special file";
    }
}
