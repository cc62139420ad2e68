package org.nnlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.TrainingState;

/** A checkpoint file gives back every bit of the state written, and a damaged one is refused by name. */
class CheckpointFileTest {
    @TempDir
    Path dir;

    private static TrainingState state() {
        EpochMetrics one = new EpochMetrics(1, Evaluation.NONE, new Evaluation(0.5, 0.25, 0.75, 3, 4),
                new Evaluation(0.1, 0.3, 2, 3), 1.5, 0.5, 0.1);
        EpochMetrics two = new EpochMetrics(2, Evaluation.NONE, new Evaluation(-0.0, 1e-300, 1, 4, 4),
                new Evaluation(Double.MIN_VALUE, 0.6, 2, 3), 2.5, 0.25, Double.NaN);
        return new TrainingState(List.of(one, two), 1, 0.75, List.of(new float[]{1f, -0f, Float.MIN_VALUE}, new float[]{3f}),
                List.of(new float[]{0.5f}, new float[0]), new long[]{7, Long.MAX_VALUE},
                Map.of("shuffle", new RandomStreams.StreamState(123456789L, true, -0.5),
                        "init", new RandomStreams.StreamState(1L, false, 0)));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve(CheckpointFile.FILE_NAME), bytes);
    }

    @Test
    void readsBackEveryBitWritten() throws IOException {
        TrainingState state = state();
        byte[] bytes = CheckpointFile.toBytes(state, Map.of("config-sha256", "abc"));
        CheckpointFile.Contents read = CheckpointFile.read(write(bytes));
        assertEquals(Map.of("config-sha256", "abc"), read.tags());
        assertEquals(state.history(), read.state().history(), "figures of every epoch, NaN and -0 included");
        assertEquals(1, read.state().bestEpoch());
        assertEquals(0.75, read.state().bestValidationAccuracy());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(state.parameters().get(i), read.state().parameters().get(i));
            assertArrayEquals(state.optimizer().get(i), read.state().optimizer().get(i));
        }
        assertArrayEquals(state.counters(), read.state().counters());
        assertEquals(state.streams(), read.state().streams());
        assertArrayEquals(bytes, CheckpointFile.toBytes(read.state(), read.tags()), "the same state, the same bytes");
    }

    @Test
    void aFlippedByteOrAShortFileIsACorruptCheckpoint() throws IOException {
        byte[] bytes = CheckpointFile.toBytes(state(), Map.of());
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 20] ^= 1;
        Path file = write(flipped);
        UserException e = assertThrows(UserException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().startsWith("corrupt checkpoint file " + file + ": its checksum"), e.getMessage());
        write(Arrays.copyOf(bytes, bytes.length / 2));
        e = assertThrows(UserException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().contains("corrupt checkpoint file"), e.getMessage());
    }

    @Test
    void anotherVersionIsRefusedWithItsVersion() throws IOException {
        byte[] bytes = CheckpointFile.toBytes(state(), Map.of());
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replaceFirst("nnlab-checkpoint 1",
                "nnlab-checkpoint 9");
        Path file = write(text.getBytes(StandardCharsets.ISO_8859_1));
        UserException e = assertThrows(UserException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().contains("checkpoint format version 9 is not supported"), e.getMessage());
    }
}
