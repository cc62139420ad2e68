package org.nnlab.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real MNIST files are for tests: {@code $NN_DATA_DIR/mnist}; tests that need them are skipped without. */
final class RealData {
    private RealData() {
    }

    static Path mnistDirectory() {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && !root.isBlank(), "NN_DATA_DIR is not set: skipping a test that needs the real MNIST files");
        Path dir = Path.of(root, "mnist");
        assumeTrue(Files.isRegularFile(dir.resolve(MnistFiles.TRAIN_IMAGES + ".gz")),
                "NN_DATA_DIR is set but " + dir + " holds no " + MnistFiles.TRAIN_IMAGES + ".gz: skipping");
        return dir;
    }
}
