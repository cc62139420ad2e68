package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

class MnistDatasetTest {
    @TempDir
    Path dir;

    private DataSplits load(Map<String, Object> settings) throws IOException {
        Map<String, Object> all = new HashMap<>(settings);
        all.putIfAbsent("dir", dir.toString());
        all.putIfAbsent("download", false);
        MnistDataset prototype = new MnistDataset();
        return prototype.configure(Params.resolve(prototype, all)).load(new DatasetContext(null, dir.resolve("cache")));
    }

    @Test
    void splitsLikeTheBook_validationIsTheEndOfTheTrainingFile() throws IOException {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), true);
        DataSplits splits = load(Map.of("validation", 5));
        assertEquals(15, splits.train().count());
        assertEquals(5, splits.validation().count());
        assertEquals(6, splits.test().count());
        assertEquals(IdxFixtures.COLS, splits.imageWidth());
        assertEquals(IdxFixtures.ROWS, splits.imageHeight());
        assertEquals(10, splits.classCount());
        assertEquals(5, splits.validation().label(0), "validation starts at training example 15, label 15 % 10");
        assertEquals(IdxFixtures.pixel(15, 2) / 255f, splits.validation().features()[2]);
        assertEquals(IdxFixtures.pixel(3, 0) / 255f, splits.test().features()[3 * 12]);
        assertEquals(4, splits.sourceFiles().size());
    }

    @Test
    void rawAndGzippedFilesMayBeMixed() throws IOException {
        Map<String, byte[]> files = IdxFixtures.set(12, 3);
        IdxFixtures.write(dir, Map.of(MnistFiles.TRAIN_IMAGES, files.get(MnistFiles.TRAIN_IMAGES),
                MnistFiles.TEST_LABELS, files.get(MnistFiles.TEST_LABELS)), false);
        IdxFixtures.write(dir, Map.of(MnistFiles.TRAIN_LABELS, files.get(MnistFiles.TRAIN_LABELS),
                MnistFiles.TEST_IMAGES, files.get(MnistFiles.TEST_IMAGES)), true);
        DataSplits splits = load(Map.of("validation", 2));
        assertEquals(10, splits.train().count());
        assertTrue(splits.sourceFiles().contains(dir.resolve(MnistFiles.TRAIN_LABELS + ".gz")),
                splits.sourceFiles()::toString);
    }

    @Test
    void limitCapsTheTrainSplitOnly() throws IOException {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        DataSplits splits = load(Map.of("validation", 5, "limit", 4));
        assertEquals(4, splits.train().count());
        assertArrayEquals(new int[] {0, 1, 2, 3}, splits.train().labels());
        assertEquals(5, splits.validation().count());
        assertEquals(6, splits.test().count());
    }

    @Test
    void expandShift1_fiveTimesTheTrainSplit_validationHeldOutBefore() throws IOException {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        DataSplits plain = load(Map.of("validation", 5));
        DataSplits splits = load(Map.of("validation", 5, "expand", "shift-1"));
        assertEquals(75, splits.train().count(), "15 training images and four shifted copies of each");
        assertEquals(5, splits.validation().count());
        assertArrayEquals(plain.validation().features(), splits.validation().features(), "validation is not expanded");
        assertArrayEquals(plain.test().features(), splits.test().features(), "test is not expanded");
        int pixels = splits.featureCount();
        for (int e = 0; e < 15; e++) {
            assertArrayEquals(plain.train().slice(e, e + 1).features(),
                    splits.train().slice(5 * e, 5 * e + 1).features(), "original " + e + " heads its group");
            for (int c = 0; c < 5; c++) {
                assertEquals(plain.train().label(e), splits.train().label(5 * e + c));
            }
        }
        assertEquals(0f, splits.train().features()[pixels], "the first copy is moved down: its top-left pixel is 0");
    }

    @Test
    void expandAppliesAfterLimit() throws IOException {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        assertEquals(20, load(Map.of("validation", 5, "limit", 4, "expand", "shift-1")).train().count());
    }

    @Test
    void augmentSettings_giveTheTrainerAnAugmentation_noneByDefault() throws IOException {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        assertTrue(load(Map.of("validation", 5)).augmentation().isEmpty());
        DataSplits splits = load(Map.of("validation", 5, "augment-shift", 1, "augment-rotate", 10.0));
        float[] out = new float[splits.train().features().length];
        splits.augmentation().orElseThrow().apply(splits.train(), out, 1, 1);
        assertFalse(Arrays.equals(splits.train().features(), out), "the images move");
    }

    @Test
    void unknownExpansion_isASettingErrorListingTheChoices() {
        MnistDataset prototype = new MnistDataset();
        UserException e = assertThrows(UserException.class,
                () -> prototype.configure(Params.resolve(prototype, Map.of("expand", "shift-2"))));
        assertTrue(e.getMessage().contains("shift-1"), e.getMessage());
    }

    @Test
    void validationThatLeavesNothingToTrain_isASettingError() {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 20)));
        assertEquals("validation", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("below 20"), e.getMessage());
    }

    @Test
    void limitAboveTheTrainSplit_isASettingError() {
        IdxFixtures.write(dir, IdxFixtures.set(20, 6), false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 5, "limit", 16)));
        assertEquals("limit", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("15 training examples"), e.getMessage());
    }

    @Test
    void imageAndLabelCountsMustMatch_bothFilesNamed() {
        Map<String, byte[]> files = new HashMap<>(IdxFixtures.set(20, 6));
        files.put(MnistFiles.TEST_LABELS, IdxFixtures.labels(5));
        IdxFixtures.write(dir, files, false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 5)));
        assertTrue(e.getMessage().contains(MnistFiles.TEST_IMAGES + " holds 6 images")
                && e.getMessage().contains(MnistFiles.TEST_LABELS + " holds 5 labels"), e.getMessage());
    }

    @Test
    void trainAndTestImagesMustHaveOneSize() {
        Map<String, byte[]> files = new HashMap<>(IdxFixtures.set(20, 6));
        files.put(MnistFiles.TEST_IMAGES, IdxFixtures.images(6, 5, 5));
        IdxFixtures.write(dir, files, false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 5)));
        assertTrue(e.getMessage().contains("5x5") && e.getMessage().contains("4x3"), e.getMessage());
    }

    @Test
    void labelsAboveNine_areRejectedWithTheirPosition() {
        Map<String, byte[]> files = new HashMap<>(IdxFixtures.set(20, 6));
        byte[] labels = IdxFixtures.labels(20);
        labels[8 + 13] = 12;
        files.put(MnistFiles.TRAIN_LABELS, labels);
        IdxFixtures.write(dir, files, false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of("validation", 5)));
        assertTrue(e.getMessage().contains("label 12 of example 13"), e.getMessage());
    }

    @Test
    void missingFilesWithoutDownload_sayWhereToPutThem() {
        IdxFixtures.write(dir, Map.of(MnistFiles.TRAIN_IMAGES, IdxFixtures.images(3, 4, 3)), false);
        UserException e = assertThrows(UserException.class, () -> load(Map.of()));
        assertTrue(e.getMessage().startsWith(dir.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("MNIST files " + MnistFiles.TRAIN_LABELS + ", " + MnistFiles.TEST_IMAGES
                + ", " + MnistFiles.TEST_LABELS + " not found") && e.getMessage().contains("put the four"),
                e.getMessage());
    }

    @Test
    void defaultDirectoryIsTheContextsMnistFolder() throws IOException {
        Path root = dir.resolve("data");
        IdxFixtures.write(root.resolve("mnist"), IdxFixtures.set(20, 6), true);
        MnistDataset prototype = new MnistDataset();
        DataSplits splits = prototype.configure(Params.resolve(prototype, Map.of("validation", 0)))
                .load(new DatasetContext(root, dir.resolve("cache")));
        assertEquals(20, splits.train().count());
        assertEquals(0, splits.validation().count());
    }

    @Test
    void dirThatIsAFile_isASettingError() {
        Path file = IdxFixtures.write(dir.resolve("mnist.txt"), new byte[1]);
        UserException e = assertThrows(UserException.class,
                () -> load(Map.of("dir", file.toString(), "download", true)));
        assertEquals("dir", e.problems().get(0).path());
        assertTrue(e.getMessage().contains(file + " is a file"), e.getMessage());
    }

    @Test
    void configureDoesNoIo_evenForAMissingDirectory() {
        MnistDataset prototype = new MnistDataset();
        prototype.configure(Params.resolve(prototype, Map.of("dir", "/no/such/dir", "download", false)));
        assertTrue(Files.notExists(Path.of("/no/such/dir")));
    }

    @Test
    void badMirrorUrls_areASettingError() {
        MnistDataset prototype = new MnistDataset();
        UserException e = assertThrows(UserException.class, () -> prototype.configure(
                Params.resolve(prototype, Map.of("mirrors", "http://ok.example/, ftp://old.example/x"))));
        assertEquals(List.of("mirrors"), e.problems().stream().map(p -> p.path()).toList());
        assertTrue(e.getMessage().contains("\"ftp://old.example/x\""), e.getMessage());
    }
}
