package org.nnlab.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.nnlab.api.UserException;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.TrainingState;

/**
 * The checkpoint file ({@code checkpoint.nnc}): a {@link TrainingState} with a few {@code key: value} tags (what
 * the run was, to refuse resuming another), as a text header, a big-endian binary body and a CRC-32.
 * docs/model-format.md describes it.
 */
public final class CheckpointFile {
    public static final String MAGIC = "nnlab-checkpoint";
    public static final int FORMAT_VERSION = 1;
    /** The file name inside a run directory. */
    public static final String FILE_NAME = "checkpoint.nnc";

    private CheckpointFile() {
    }

    /** What a checkpoint file holds. */
    public record Contents(Map<String, String> tags, TrainingState state) {
    }

    /** The bytes of {@code state} with {@code tags} (keys and values on one line each, no ": " in keys). */
    public static byte[] toBytes(TrainingState state, Map<String, String> tags) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            StringBuilder header = new StringBuilder(MAGIC + " " + FORMAT_VERSION + "\n");
            tags.forEach((key, value) -> header.append(key).append(": ").append(value).append('\n'));
            out.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            out.writeInt(state.history().size());
            for (EpochMetrics m : state.history()) {
                out.writeInt(m.epoch());
                for (Evaluation e : List.of(m.train(), m.validation(), m.test())) {
                    out.writeDouble(e.cost());
                    out.writeDouble(e.dataCost());
                    out.writeDouble(e.accuracy());
                    out.writeInt(e.correct());
                    out.writeInt(e.count());
                }
                out.writeDouble(m.trainSeconds());
                out.writeDouble(m.evalSeconds());
                out.writeDouble(m.learningRate());
            }
            out.writeInt(state.bestEpoch());
            out.writeDouble(state.bestValidationAccuracy());
            writeArrays(out, state.parameters());
            writeArrays(out, state.optimizer());
            out.writeInt(state.counters().length);
            for (long counter : state.counters()) {
                out.writeLong(counter);
            }
            Map<String, RandomStreams.StreamState> streams = new java.util.TreeMap<>(state.streams());
            out.writeInt(streams.size());
            for (Map.Entry<String, RandomStreams.StreamState> stream : streams.entrySet()) {
                out.writeUTF(stream.getKey());
                out.writeLong(stream.getValue().state());
                out.writeBoolean(stream.getValue().haveNextGaussian());
                out.writeDouble(stream.getValue().nextGaussian());
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeArrays(DataOutputStream out, List<float[]> arrays) throws IOException {
        out.writeInt(arrays.size());
        for (float[] array : arrays) {
            out.writeInt(array.length);
            for (float value : array) {
                out.writeFloat(value);
            }
        }
    }

    /**
     * Reads {@code file}.
     *
     * @throws UserException        when it is corrupt or of another version, naming the file
     * @throws NoSuchFileException  when there is none
     */
    public static Contents read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return parse(bytes);
        } catch (EOFException | IllegalArgumentException e) {
            throw corrupt(file, e instanceof EOFException ? "it ends early" : e.getMessage());
        } catch (Corrupt e) {
            throw corrupt(file, e.getMessage());
        }
    }

    private static UserException corrupt(Path file, String what) {
        return new UserException("corrupt checkpoint file " + file + ": " + what + " (the run cannot be resumed"
                + " from it; run the experiment again)");
    }

    /** A check failed. */
    private static final class Corrupt extends Exception {
        private static final long serialVersionUID = 1L;

        Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    private static Contents parse(byte[] bytes) throws IOException, Corrupt {
        if (bytes.length < 8) {
            throw new Corrupt("it holds " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        String first = line(in);
        if (!first.startsWith(MAGIC + " ")) {
            throw new Corrupt("it does not start with \"" + MAGIC + "\"");
        }
        if (!first.equals(MAGIC + " " + FORMAT_VERSION)) {
            throw new Corrupt("checkpoint format version " + first.substring(MAGIC.length() + 1)
                    + " is not supported (this nnlab reads version " + FORMAT_VERSION + ")");
        }
        long stored = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
        if (stored != crc.getValue()) {
            throw new Corrupt("its checksum does not match its contents");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new Corrupt("header line \"" + line + "\" is not \"key: value\"");
            }
            tags.put(line.substring(0, colon), line.substring(colon + 2));
        }
        int epochs = count(in, bytes.length);
        List<EpochMetrics> history = new ArrayList<>(epochs);
        for (int i = 0; i < epochs; i++) {
            int epoch = in.readInt();
            Evaluation[] evaluations = new Evaluation[3];
            for (int e = 0; e < 3; e++) {
                evaluations[e] = new Evaluation(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(),
                        in.readInt());
            }
            history.add(new EpochMetrics(epoch, evaluations[0], evaluations[1], evaluations[2], in.readDouble(),
                    in.readDouble(), in.readDouble()));
        }
        int bestEpoch = in.readInt();
        double bestValidation = in.readDouble();
        List<float[]> parameters = readArrays(in, bytes.length);
        List<float[]> optimizer = readArrays(in, bytes.length);
        long[] counters = new long[count(in, bytes.length)];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = in.readLong();
        }
        int streamCount = count(in, bytes.length);
        Map<String, RandomStreams.StreamState> streams = new LinkedHashMap<>();
        for (int i = 0; i < streamCount; i++) {
            streams.put(in.readUTF(), new RandomStreams.StreamState(in.readLong(), in.readBoolean(),
                    in.readDouble()));
        }
        if (in.available() != 0) {
            throw new Corrupt(in.available() + " bytes follow its contents");
        }
        if (epochs == 0) {
            throw new Corrupt("it holds no finished epoch");
        }
        return new Contents(tags, new TrainingState(history, bestEpoch, bestValidation, parameters, optimizer,
                counters, streams));
    }

    private static List<float[]> readArrays(DataInputStream in, int fileLength) throws IOException, Corrupt {
        int count = count(in, fileLength);
        List<float[]> arrays = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            float[] array = new float[count(in, fileLength / 4)];
            for (int i = 0; i < array.length; i++) {
                array[i] = in.readFloat();
            }
            arrays.add(array);
        }
        return arrays;
    }

    /** A count that the file's length can hold, so a corrupt one allocates nothing large. */
    private static int count(DataInputStream in, int atMost) throws IOException, Corrupt {
        int count = in.readInt();
        if (count < 0 || count > atMost) {
            throw new Corrupt("a count of " + count + " does not fit its " + atMost + " bytes");
        }
        return count;
    }

    private static String line(DataInputStream in) throws IOException, Corrupt {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (line.size() > 4096) {
                throw new Corrupt("its header has no end");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
