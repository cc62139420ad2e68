package org.nnlab.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real data files are for tests: under {@code $NN_DATA_DIR}; tests that need them are skipped without. */
final class RealData {
    private RealData() {
    }

    static Path mnistDirectory() {
        Path dir = root("the real MNIST files").resolve("mnist");
        assumeTrue(Files.isRegularFile(dir.resolve(MnistFiles.TRAIN_IMAGES + ".gz")),
                "NN_DATA_DIR is set but " + dir + " holds no " + MnistFiles.TRAIN_IMAGES + ".gz: skipping");
        return dir;
    }

    /** A file under {@code $NN_DATA_DIR}, e.g. {@code digits20/coursera-ex3/ex3weights.mat}. */
    static Path file(String relative) {
        Path file = root(relative).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "NN_DATA_DIR is set but holds no " + relative + ": skipping");
        return file;
    }

    private static Path root(String needed) {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && !root.isBlank(), "NN_DATA_DIR is not set: skipping a test that needs " + needed);
        return Path.of(root);
    }
}
