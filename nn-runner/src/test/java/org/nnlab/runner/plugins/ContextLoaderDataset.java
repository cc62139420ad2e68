package org.nnlab.runner.plugins;

import java.util.Random;

/**
 * A dataset plugin for tests that reads its examples from a resource of its own jar through the thread's context
 * class loader, as libraries a plugin bundles do: it works only when the framework calls it with the plugin's
 * class loader as context class loader, and says so otherwise.
 */
final class ContextLoaderDataset {
    static final String SOURCE = """
            package ctx;

            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.List;
            import org.nnlab.api.DataSplits;
            import org.nnlab.api.Dataset;
            import org.nnlab.api.DatasetContext;
            import org.nnlab.api.Examples;
            import org.nnlab.api.NnApi;
            import org.nnlab.api.Params;

            public final class LinesDataset implements Dataset {
                @Override public String name() { return "lines"; }
                @Override public String description() { return "points on either side of a line, for tests"; }
                @Override public int apiVersion() { return NnApi.VERSION; }

                @Override
                public Dataset configure(Params params) {
                    requireOwnContextLoader("configure");
                    return this;
                }

                @Override
                public DataSplits load(DatasetContext context) throws IOException {
                    requireOwnContextLoader("load");
                    String[] rows;
                    try (InputStream in = Thread.currentThread().getContextClassLoader()
                            .getResourceAsStream("ctx/points.csv")) {
                        if (in == null) {
                            throw new IOException("ctx/points.csv is not visible to the context class loader");
                        }
                        rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\n");
                    }
                    float[] features = new float[rows.length * 2];
                    int[] labels = new int[rows.length];
                    for (int i = 0; i < rows.length; i++) {
                        String[] cells = rows[i].split(",");
                        features[2 * i] = Float.parseFloat(cells[0]);
                        features[2 * i + 1] = Float.parseFloat(cells[1]);
                        labels[i] = Integer.parseInt(cells[2]);
                    }
                    Examples all = new Examples(2, 2, features, labels);
                    return new DataSplits(all, Examples.empty(2, 2), all, 0, 0, List.of());
                }

                private void requireOwnContextLoader(String call) {
                    ClassLoader context = Thread.currentThread().getContextClassLoader();
                    if (context != getClass().getClassLoader()) {
                        throw new IllegalStateException(call + " ran with context class loader " + context);
                    }
                }
            }
            """;

    private ContextLoaderDataset() {
    }

    /** 100 points in the unit square, labelled 1 above the diagonal: {@code x,y,label} per line. */
    static String points() {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            float x = random.nextFloat();
            float y = random.nextFloat();
            csv.append(x).append(',').append(y).append(',').append(y > x ? 1 : 0).append('\n');
        }
        return csv.toString();
    }
}
