package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Params;

/** The real MNIST files from {@code $NN_DATA_DIR/mnist}; skipped when NN_DATA_DIR is not set. */
class MnistRealDataTest {

    @Test
    void loadsTheBooksSplitFromTheOriginalFiles() throws IOException {
        Path mnist = RealData.mnistDirectory();
        MnistDataset prototype = new MnistDataset();
        long start = System.nanoTime();
        DataSplits splits = prototype.configure(Params.resolve(prototype, Map.of("download", false)))
                .load(new DatasetContext(mnist.getParent(), Path.of("unused-cache")));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MNIST (4 gzipped IDX files) loaded in %.2f s%n", seconds);

        assertEquals(50_000, splits.train().count());
        assertEquals(10_000, splits.validation().count());
        assertEquals(10_000, splits.test().count());
        assertEquals(784, splits.featureCount());
        assertEquals(28, splits.imageWidth());
        assertEquals(28, splits.imageHeight());
        assertEquals(5, splits.train().label(0), "the first training digit of MNIST is a 5");
        assertEquals(7, splits.test().label(0), "the first test digit of MNIST is a 7");
        assertEquals(4, splits.sourceFiles().size());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float value : splits.train().features()) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
        assertTrue(seconds < 15, "loads in seconds, not minutes (took " + seconds + " s)");
    }
}
