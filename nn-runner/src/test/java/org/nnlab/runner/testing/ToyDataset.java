package org.nnlab.runner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/**
 * A tiny, generated dataset for runner tests: {@code side x side} images of {@code classes} noisy prototypes,
 * so a small network learns it in a few epochs. Optional {@code file}: must exist, and is reported as a source
 * file (for provenance checksums). Optional {@code load-log}: a file each load appends a line to, before anything
 * else, so tests can count the loads.
 */
public final class ToyDataset implements Dataset {
    public static final String NAME = "toy";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("train", 240, "training examples").positive(),
            ParamSpec.integer("validation", 60, "validation examples").atLeast(0),
            ParamSpec.integer("test", 60, "test examples").atLeast(0),
            ParamSpec.integer("side", 4, "image side in pixels").positive().atMost(32),
            ParamSpec.integer("classes", 4, "number of classes").atLeast(2).atMost(10),
            ParamSpec.number("noise", 0.2, "standard deviation of the pixel noise").atLeast(0),
            ParamSpec.path("file", "a file that must exist (recorded as a source file)").optional(),
            ParamSpec.path("load-log", "a file each load appends a line to (tests count loads)").optional());

    private final Params params;

    public ToyDataset() {
        this(null);
    }

    private ToyDataset(Params params) {
        this.params = params;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "generated noisy prototypes, for tests";
    }

    @Override
    public List<ParamSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Dataset configure(Params p) {
        return new ToyDataset(p);
    }

    @Override
    public DataSplits load(DatasetContext context) throws IOException {
        Params p = params == null ? Params.defaults(this) : params;
        Optional<Path> log = p.optionalPath("load-log");
        if (log.isPresent()) {
            Files.writeString(log.get(), "load\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        List<Path> files = p.optionalPath("file").map(List::of).orElse(List.of());
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserException("file", file + ": no such file; give an existing file or remove the key");
            }
        }
        int side = p.integer("side");
        int classes = p.integer("classes");
        Random random = new Random(1234);
        float[][] prototypes = new float[classes][side * side];
        for (float[] prototype : prototypes) {
            for (int i = 0; i < prototype.length; i++) {
                prototype[i] = random.nextBoolean() ? 1f : 0f;
            }
        }
        double noise = p.number("noise");
        Examples train = examples(p.integer("train"), prototypes, noise, random);
        Examples validation = examples(p.integer("validation"), prototypes, noise, random);
        Examples test = examples(p.integer("test"), prototypes, noise, random);
        return new DataSplits(train, validation, test, side, side, files);
    }

    private static Examples examples(int count, float[][] prototypes, double noise, Random random) {
        int features = prototypes[0].length;
        float[] x = new float[count * features];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % prototypes.length;
            for (int k = 0; k < features; k++) {
                double v = prototypes[labels[i]][k] + noise * random.nextGaussian();
                x[i * features + k] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return new Examples(features, prototypes.length, x, labels);
    }
}
