package org.nnlab.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four files of an MNIST-layout IDX set, where they are found in a directory (raw or with {@code .gz}),
 * and the SHA-256 of the uncompressed original MNIST files, used to check downloads.
 */
final class MnistFiles {
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    static final List<String> NAMES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** SHA-256 of each original file's uncompressed content (the mirrors serve them gzipped). */
    static final Map<String, String> SHA256 = Map.of(
            TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
            TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5");

    private MnistFiles() {
    }

    /** {@code dir/name} if it is a regular file, else {@code dir/name.gz} if that is, else empty. */
    static Optional<Path> find(Path dir, String name) {
        for (Path candidate : List.of(dir.resolve(name), dir.resolve(name + ".gz"))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The names of {@link #NAMES} found in neither form. */
    static List<String> missing(Path dir) {
        return NAMES.stream().filter(name -> find(dir, name).isEmpty()).toList();
    }

    /** The file for {@code name}, which must be there. */
    static Path require(Path dir, String name) {
        return find(dir, name).orElseThrow(() -> new IllegalStateException(name + " vanished from " + dir));
    }

    /** What to tell a user whose files are missing and who does not want them downloaded. */
    static String missingMessage(Path dir, List<String> missing) {
        return dir.toAbsolutePath() + ": MNIST file" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + " not found (looked for each name as it is and with .gz); put the four IDX files "
                + String.join(", ", NAMES) + " (gzipped or not) into this directory, point dir: at the directory"
                + " that holds them, or set download: true to fetch them";
    }
}
