package org.nnlab.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;

/** An example dataset generated from a seed: two-dimensional points around one centre per class. */
public final class GaussianBlobsDataset implements Dataset {
    public static final String NAME = "gaussian-blobs";

    private final int count;
    private final long seed;

    public GaussianBlobsDataset() {
        this(100, 1);
    }

    private GaussianBlobsDataset(int count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "points drawn around three centres in the plane, one class each";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.integer("count", 100, "training examples").atLeast(1).atMost(1_000_000),
                ParamSpec.integer("seed", 1, "random seed"),
                ParamSpec.string("spread", "narrow", "how far points lie from their centre").oneOf("narrow", "wide"));
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Dataset configure(Params params) {
        return new GaussianBlobsDataset(params.integer("count"), params.longInteger("seed"));
    }

    @Override
    public DataSplits load(DatasetContext context) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new DataSplits(generate(rng, count), generate(rng, count / 4), generate(rng, count / 4), 0, 0,
                List.of());
    }

    private static Examples generate(SplittableRandom rng, int n) {
        float[] features = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(3);
            features[2 * i] = (float) (labels[i] + 0.3 * rng.nextGaussian());
            features[2 * i + 1] = (float) (labels[i] % 2 + 0.3 * rng.nextGaussian());
        }
        return new Examples(2, 3, features, labels);
    }
}
