package org.nnlab.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The driver's plugin directories, file by file, shipped to the executors (as a Spark broadcast) and laid out there
 * again, one directory each, so that the executors scan the same jars with the same isolation and record the same
 * SHA-256 in each run's provenance.
 *
 * @param directories the directories' names on the driver, in order (for the layout and the messages)
 * @param files       every regular file in them, with its directory's index and its path inside it
 * @param id          the SHA-256 of everything shipped: an executor lays out each bundle once
 */
record PluginBundle(List<String> directories, List<FileEntry> files, String id) implements Serializable {
    /** One file of a plugin directory. */
    record FileEntry(int directory, String path, byte[] bytes) implements Serializable {
    }

    /** Every file of {@code directories} (a plugin jar, or a plugin's subdirectory with its jars). */
    static PluginBundle of(List<Path> directories) {
        List<String> names = new ArrayList<>();
        List<FileEntry> files = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        for (int d = 0; d < directories.size(); d++) {
            Path dir = directories.get(d);
            names.add(dir.toString());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 2)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = dir.relativize(file).toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(file);
                    files.add(new FileEntry(d, relative, bytes));
                    fingerprint.append(d).append('/').append(relative).append(' ').append(Digests.sha256(bytes))
                            .append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the plugin directory " + dir, e);
            }
        }
        return new PluginBundle(names, files, Digests.sha256(fingerprint.toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Writes the directories under {@code root}, as {@code root/<index>-<name>}, and returns them in order. */
    List<Path> layOut(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (int d = 0; d < directories.size(); d++) {
            Path name = Path.of(directories.get(d)).getFileName();
            Path dir = root.resolve(d + "-" + (name == null ? "plugins" : name.toString()));
            Files.createDirectories(dir);
            dirs.add(dir);
        }
        for (FileEntry file : files) {
            Path target = dirs.get(file.directory()).resolve(file.path()).normalize();
            if (!target.startsWith(dirs.get(file.directory()))) {
                throw new IOException("a plugin file outside its directory: " + file.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
        return dirs;
    }
}
