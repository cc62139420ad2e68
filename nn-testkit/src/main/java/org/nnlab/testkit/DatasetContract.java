package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnlab.testkit.Checks.require;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;

/**
 * The contract of a {@link Dataset}. Implement {@link #dataset()} in a test class and every default test runs
 * against it: two loads give bit-identical examples; the training split is not empty, the splits agree on
 * shape, features are finite, labels lie in range, the image geometry fits the features and the recorded
 * source files exist; and the checks of {@link PluginContract}.
 *
 * <p>Each load gets a fresh temporary directory from JUnit, which {@link #context(Path)} turns into the
 * {@link DatasetContext}; override it to point at real files, e.g. from {@code NN_DATA_DIR}.
 */
public interface DatasetContract extends PluginContract {

    /** The dataset under test, configured. */
    Dataset dataset();

    /** Where a load keeps its files; by default no data root and a cache in {@code temporaryDirectory}. */
    default DatasetContext context(Path temporaryDirectory) {
        return new DatasetContext(null, temporaryDirectory.resolve("cache"));
    }

    @Override
    default Plugin plugin() {
        return dataset();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return dataset().configure(params);
    }

    @Test
    default void loadsIdenticalExamplesTwice(@TempDir Path first, @TempDir Path second) throws IOException {
        DataSplits one = dataset().load(context(first));
        DataSplits two = dataset().load(context(second));
        String name = dataset().name();
        requireIdentical(name + " train", one.train(), two.train());
        requireIdentical(name + " validation", one.validation(), two.validation());
        requireIdentical(name + " test", one.test(), two.test());
        assertEquals(one.imageWidth(), two.imageWidth(), name + ": two loads gave different image widths");
        assertEquals(one.imageHeight(), two.imageHeight(), name + ": two loads gave different image heights");
    }

    @Test
    default void loadsWellFormedSplits(@TempDir Path directory) throws IOException {
        DataSplits splits = dataset().load(context(directory));
        String name = dataset().name();
        require(splits.train().count() > 0, name + ": the training split is empty");
        for (Examples split : new Examples[] {splits.validation(), splits.test()}) {
            require(split.featureCount() == splits.featureCount() && split.classCount() == splits.classCount(),
                    name + ": splits differ in shape: train " + splits.train() + ", other " + split);
        }
        requireWellFormed(name + " train", splits.train());
        requireWellFormed(name + " validation", splits.validation());
        requireWellFormed(name + " test", splits.test());
        int pixels = splits.imageWidth() * splits.imageHeight();
        require(splits.imageWidth() >= 0 && splits.imageHeight() >= 0
                && (pixels == 0 || pixels == splits.featureCount()), name + ": image " + splits.imageWidth() + "x"
                + splits.imageHeight() + " should be 0x0 or cover the " + splits.featureCount() + " features");
        for (Path file : splits.sourceFiles()) {
            require(Files.isRegularFile(file), name + ": source file " + file + " does not exist;"
                    + " sourceFiles() should list the files read, for provenance");
        }
    }

    private static void requireIdentical(String split, Examples one, Examples two) {
        assertEquals(one.count(), two.count(), split + ": two loads gave different example counts");
        assertEquals(one.featureCount(), two.featureCount(), split + ": two loads gave different feature counts");
        float[] f1 = one.features();
        float[] f2 = two.features();
        for (int i = 0; i < f1.length; i++) {
            if (Float.floatToRawIntBits(f1[i]) != Float.floatToRawIntBits(f2[i])) {
                throw new AssertionError(split + ": two loads differ at example " + i / one.featureCount()
                        + " feature " + i % one.featureCount() + ": " + f1[i] + " then " + f2[i]);
            }
        }
        for (int i = 0; i < one.count(); i++) {
            if (one.label(i) != two.label(i)) {
                throw new AssertionError(split + ": two loads differ in the label of example " + i + ": "
                        + one.label(i) + " then " + two.label(i));
            }
        }
    }

    private static void requireWellFormed(String split, Examples examples) {
        float[] features = examples.features();
        for (int i = 0; i < features.length; i++) {
            if (!Float.isFinite(features[i])) {
                throw new AssertionError(split + ": feature " + i % examples.featureCount() + " of example "
                        + i / examples.featureCount() + " is " + features[i] + "; features must be finite");
            }
        }
        for (int i = 0; i < examples.count(); i++) {
            int label = examples.label(i);
            if (label < 0 || label >= examples.classCount()) {
                throw new AssertionError(split + ": label " + label + " of example " + i + " is outside 0.."
                        + (examples.classCount() - 1));
            }
        }
    }
}
