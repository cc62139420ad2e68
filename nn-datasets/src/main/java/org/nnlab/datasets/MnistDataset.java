package org.nnlab.datasets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nnlab.api.DataSplits;
import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MNIST from the four original IDX files (or any IDX set laid out the same way, 10 classes), each raw or
 * gzipped, downloaded from public mirrors when missing.
 *
 * <p>Split as in Nielsen's book: train is the first {@code N - validation} examples of the training file
 * (N = 60000 for MNIST), validation the last {@code validation}, test the t10k file. {@code limit} keeps only
 * the first {@code limit} examples of the train split; validation and test are never cut. {@code expand: shift-1}
 * then adds network3's four one-pixel shifts of each training image ({@link ShiftExpansion}): validation is held
 * out before, so no shifted copy of a validation image is trained on. {@code augment-shift} and
 * {@code augment-rotate} move and turn every training image afresh each epoch ({@link ImageAugmentation}).
 */
public final class MnistDataset implements Dataset {
    public static final String NAME = "mnist";
    static final int CLASSES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(MnistDataset.class);

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.path("dir", "directory holding the four IDX files, raw or .gz"
                    + " (default: $NN_DATA_DIR/mnist, else the per-user cache)").optional(),
            ParamSpec.integer("validation", 10_000, "examples at the end of the training file held out"
                    + " for validation").atLeast(0),
            ParamSpec.integer("limit", 1, "train on only the first this-many examples of the train split"
                    + " (validation and test are not cut)").positive().optional(),
            ParamSpec.string("expand", "none", "shift-1: add network3's copies of each training image moved one pixel"
                    + " down, up, right and left (5x the train split, after limit; validation and test are not"
                    + " expanded)").oneOf("none", ShiftExpansion.NAME),
            ParamSpec.integer("augment-shift", 0, "each epoch, move every training image by up to this many pixels"
                    + " along each axis, drawn afresh (0: no move)").atLeast(0).atMost(8),
            ParamSpec.number("augment-rotate", 0.0, "each epoch, turn every training image by up to this many degrees"
                    + " about its centre, drawn afresh (0: no turn)").atLeast(0).atMost(180),
            ParamSpec.bool("download", true, "download missing files from the mirrors, checking their SHA-256"),
            ParamSpec.string("mirrors", "", "comma-separated base URLs to download from, tried in turn"
                    + " (default: " + Mirrors.MNIST.get(0) + ", " + Mirrors.MNIST.get(1) + ")").optional());

    private final Path dir;
    private final int validation;
    private final int limit;
    private final boolean expand;
    private final int augmentShift;
    private final double augmentRotate;
    private final boolean download;
    private final List<URI> mirrors;
    private final Map<String, String> sha256ByName;

    /** The prototype, with the default settings. */
    public MnistDataset() {
        this(null, 10_000, 0, false, 0, 0, true, Mirrors.MNIST, MnistFiles.SHA256);
    }

    private MnistDataset(Path dir, int validation, int limit, boolean expand, int augmentShift, double augmentRotate,
                         boolean download, List<URI> mirrors, Map<String, String> sha256ByName) {
        this.dir = dir;
        this.validation = validation;
        this.limit = limit;
        this.expand = expand;
        this.augmentShift = augmentShift;
        this.augmentRotate = augmentRotate;
        this.download = download;
        this.mirrors = List.copyOf(mirrors);
        this.sha256ByName = Map.copyOf(sha256ByName);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "MNIST handwritten digits (28x28, 10 classes) from the original IDX files, downloaded if missing";
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
    public MnistDataset configure(Params params) {
        List<URI> mirrorList = params.optionalString("mirrors").map(text -> Mirrors.parse("mirrors", text))
                .orElse(Mirrors.MNIST);
        return new MnistDataset(params.optionalPath("dir").orElse(null), params.integer("validation"),
                params.has("limit") ? params.integer("limit") : 0, ShiftExpansion.NAME.equals(params.string("expand")),
                params.integer("augment-shift"), params.number("augment-rotate"), params.bool("download"), mirrorList,
                sha256ByName);
    }

    /** The same settings, checking downloads against other checksums (tests serve small files). */
    MnistDataset withChecksums(Map<String, String> checksums) {
        return new MnistDataset(dir, validation, limit, expand, augmentShift, augmentRotate, download, mirrors, checksums);
    }

    @Override
    public DataSplits load(DatasetContext context) throws IOException {
        Path directory = dir != null ? dir : context.defaultDirectory(NAME);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserException(dir != null ? "dir" : "", directory.toAbsolutePath() + " is a file; the MNIST"
                    + " setting dir: needs the directory that holds the four IDX files");
        }
        List<String> missing = MnistFiles.missing(directory);
        if (!missing.isEmpty()) {
            if (!download) {
                throw new UserException(MnistFiles.missingMessage(directory, missing));
            }
            LOG.info("MNIST file(s) {} not in {}; downloading", missing, directory.toAbsolutePath());
            new MnistDownloader(mirrors, sha256ByName, HttpFetcher.withDefaultTimeouts()).download(directory, missing);
        }
        long start = System.nanoTime();
        IdxImages trainImages = IdxReader.readImages(MnistFiles.require(directory, MnistFiles.TRAIN_IMAGES));
        IdxLabels trainLabels = IdxReader.readLabels(MnistFiles.require(directory, MnistFiles.TRAIN_LABELS));
        IdxImages testImages = IdxReader.readImages(MnistFiles.require(directory, MnistFiles.TEST_IMAGES));
        IdxLabels testLabels = IdxReader.readLabels(MnistFiles.require(directory, MnistFiles.TEST_LABELS));
        requireMatching(trainImages, trainLabels);
        requireMatching(testImages, testLabels);
        if (testImages.rows() != trainImages.rows() || testImages.cols() != trainImages.cols()) {
            throw new UserException(trainImages.file() + " holds images of " + trainImages.rows() + "x"
                    + trainImages.cols() + " but " + testImages.file() + " holds images of " + testImages.rows() + "x"
                    + testImages.cols() + "; both files must come from the same set");
        }
        DataSplits splits = split(trainImages, trainLabels, testImages, testLabels);
        LOG.info("Read MNIST from {} in {} ms: train {}, validation {}, test {}", directory.toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000, splits.train().count(), splits.validation().count(),
                splits.test().count());
        return splits;
    }

    private DataSplits split(IdxImages trainImages, IdxLabels trainLabels, IdxImages testImages,
                             IdxLabels testLabels) {
        int available = trainImages.count();
        if (validation >= available) {
            throw new UserException("validation", "holding out " + validation + " examples leaves none to train on: "
                    + trainImages.file() + " holds " + available + "; use a value below " + available);
        }
        int trainEnd = available - validation;
        if (limit > trainEnd) {
            throw new UserException("limit", "limit " + limit + " is more than the " + trainEnd + " training examples ("
                    + available + " in " + trainImages.file().getFileName() + " less " + validation
                    + " for validation); lower it or remove it");
        }
        int trainCount = limit > 0 ? limit : trainEnd;
        Examples train = examples(trainImages, trainLabels, 0, trainCount);
        return new DataSplits(
                expand ? ShiftExpansion.expand(train, trainImages.cols(), trainImages.rows()) : train,
                examples(trainImages, trainLabels, trainEnd, available),
                examples(testImages, testLabels, 0, testImages.count()),
                trainImages.cols(), trainImages.rows(),
                List.of(trainImages.file(), trainLabels.file(), testImages.file(), testLabels.file()),
                augmentShift == 0 && augmentRotate == 0 ? Optional.empty()
                        : Optional.of(new ImageAugmentation(trainImages.cols(), trainImages.rows(), augmentShift,
                                augmentRotate)));
    }

    private static Examples examples(IdxImages images, IdxLabels labels, int from, int to) {
        return new Examples(images.pixelsPerImage(), CLASSES, images.features(from, to), labels.labels(from, to));
    }

    private static void requireMatching(IdxImages images, IdxLabels labels) {
        if (images.count() != labels.count()) {
            throw new UserException(images.file() + " holds " + images.count() + " images but " + labels.file()
                    + " holds " + labels.count() + " labels; the two files must come from the same set");
        }
        labels.requireBelow(CLASSES);
    }
}
