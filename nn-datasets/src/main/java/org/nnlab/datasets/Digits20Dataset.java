package org.nnlab.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 20x20 grey handwritten digits, 400 inputs, 10 classes. With no setting it reads the copy of OpenCV's
 * {@code digits.png} shipped in this jar (5000 digits, 500 per class); {@code image:} reads another grid PNG,
 * {@code csv:} (with {@code labels:}) text and {@code mat:} a MATLAB v5 file such as Ng's {@code ex3data1.mat}.
 * At most one source may be given, and settings that do not apply to it are errors. The split is fixed by
 * {@link StratifiedSplit}: 1 in 5 of each class for test, then {@code validation} examples held out of train.
 */
public final class Digits20Dataset implements Dataset {
    public static final String NAME = "digits20";
    private static final Logger LOG = LoggerFactory.getLogger(Digits20Dataset.class);
    private static final int DEFAULT_CELL = 20;
    private static final int DEFAULT_ROWS_PER_CLASS = 5;

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.path("image", "a PNG grid of digits laid out like OpenCV's digits.png"
                    + " (default: the embedded copy of it)").optional(),
            ParamSpec.integer("cell", DEFAULT_CELL, "with image: the side of one digit's square cell in pixels"
                    + " (default " + DEFAULT_CELL + ")").positive().optional(),
            ParamSpec.integer("rows-per-class", DEFAULT_ROWS_PER_CLASS, "with image: the grid rows each digit fills,"
                    + " from 0 at the top (default " + DEFAULT_ROWS_PER_CLASS + ")").positive().optional(),
            ParamSpec.path("csv", "a text file, one example per line: 400 pixels, then the label 0..9"
                    + " unless labels: is given").optional(),
            ParamSpec.path("labels", "with csv: a file of labels 0..9, one per line").optional(),
            ParamSpec.path("mat", "a MATLAB v5 file holding X (m x 400) and y (m x 1, labels 1..10,"
                    + " 10 meaning 0)").optional(),
            ParamSpec.string("pixel-order", PixelOrder.COLUMN_MAJOR.key(), "with csv or mat: how each 400-pixel row"
                    + " is laid out (default column-major, as MATLAB stores Ng's images)")
                    .oneOf(PixelOrder.COLUMN_MAJOR.key(), PixelOrder.ROW_MAJOR.key()).optional(),
            ParamSpec.integer("validation", 0, "training examples held out for validation, taken from each class"
                    + " in turn").atLeast(0));

    private final DigitSource source;
    private final int validation;

    /** The prototype: the embedded images, no validation split. */
    public Digits20Dataset() {
        this(new GridImageSource(null, DEFAULT_CELL, DEFAULT_ROWS_PER_CLASS), 0);
    }

    private Digits20Dataset(DigitSource source, int validation) {
        this.source = source;
        this.validation = validation;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "20x20 handwritten digits (400 inputs, 10 classes): OpenCV's sample set embedded, or a PNG grid,"
                + " CSV or MATLAB v5 file";
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
    public Digits20Dataset configure(Params params) {
        List<String> sources = new ArrayList<>();
        for (String key : List.of("image", "csv", "mat")) {
            if (params.has(key)) {
                sources.add(key);
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (sources.size() > 1) {
            problems.add(new Problem(sources.get(1), "give only one source of digits, got " + String.join(" and ",
                    sources) + "; remove all but one"));
        }
        String chosen = sources.isEmpty() ? "the embedded images" : sources.get(0);
        requireOnlyWith(params, "cell", "image", sources, chosen, problems);
        requireOnlyWith(params, "rows-per-class", "image", sources, chosen, problems);
        requireOnlyWith(params, "labels", "csv", sources, chosen, problems);
        if (params.has("pixel-order") && !sources.contains("csv") && !sources.contains("mat")) {
            problems.add(new Problem("pixel-order", "applies to csv or mat only, not to " + chosen
                    + " (a grid image is read row by row); remove it"));
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return new Digits20Dataset(source(params), params.integer("validation"));
    }

    private static void requireOnlyWith(Params params, String key, String sourceKey, List<String> sources,
                                        String chosen, List<Problem> problems) {
        if (params.has(key) && !sources.contains(sourceKey)) {
            problems.add(new Problem(key, "applies to " + sourceKey + " only, not to " + chosen + "; remove it"));
        }
    }

    private static DigitSource source(Params params) {
        PixelOrder order = PixelOrder.of(params.optionalString("pixel-order").orElse(PixelOrder.COLUMN_MAJOR.key()));
        Optional<Path> csv = params.optionalPath("csv");
        if (csv.isPresent()) {
            return new CsvDigitsSource(csv.get(), params.optionalPath("labels").orElse(null), order);
        }
        Optional<Path> mat = params.optionalPath("mat");
        if (mat.isPresent()) {
            return new MatDigitsSource(mat.get(), order);
        }
        return new GridImageSource(params.optionalPath("image").orElse(null),
                params.has("cell") ? params.integer("cell") : DEFAULT_CELL,
                params.has("rows-per-class") ? params.integer("rows-per-class") : DEFAULT_ROWS_PER_CLASS);
    }

    @Override
    public DataSplits load(DatasetContext context) throws IOException {
        long start = System.nanoTime();
        DataSplits splits = StratifiedSplit.split(source.read(), validation);
        LOG.info("Read {} digits from {} in {} ms: train {}, validation {}, test {}", splits.train().count()
                        + splits.validation().count() + splits.test().count(), source.describe(),
                (System.nanoTime() - start) / 1_000_000, splits.train().count(), splits.validation().count(),
                splits.test().count());
        return splits;
    }
}
