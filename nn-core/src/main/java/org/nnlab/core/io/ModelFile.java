package org.nnlab.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.nnlab.api.Activation;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;

/**
 * The model file ({@code model.nnm}): a text header, the parameters as big-endian float32, a CRC-32.
 *
 * <pre>
 * nnlab-model 1                 magic and format version
 * layers: 784,30,10
 * activation: sigmoid
 * output-activation: sigmoid
 *                               blank line ends the header
 * per layer: weights (inputs x outputs, row-major; the transpose of the book's w), then biases (outputs)
 * CRC-32 of everything before it, as a big-endian long
 * </pre>
 *
 * The same network always gives the same bytes.
 */
public final class ModelFile {
    public static final String MAGIC = "nnlab-model";
    public static final int FORMAT_VERSION = 1;
    /** The usual file name inside a run directory. */
    public static final String FILE_NAME = "model.nnm";
    /** The run directory's model of the epoch with the best validation accuracy, when there is a validation set. */
    public static final String BEST_FILE_NAME = "best.nnm";

    private ModelFile() {
    }

    /** Writes {@code network} to {@code file} through a temporary file, so a reader never sees half a model. */
    public static void save(Network network, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            write(network, out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void write(Network network, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream data = new DataOutputStream(new CheckedOutputStream(out, crc));
        StringBuilder header = new StringBuilder();
        header.append(MAGIC).append(' ').append(FORMAT_VERSION).append('\n');
        header.append("layers: ").append(join(network.sizes())).append('\n');
        header.append("activation: ").append(network.hiddenActivation().name()).append('\n');
        header.append("output-activation: ").append(network.outputActivation().name()).append('\n');
        header.append('\n');
        data.write(header.toString().getBytes(StandardCharsets.UTF_8));
        for (DenseLayer layer : network.layers()) {
            for (float w : layer.weights().data()) {
                data.writeFloat(w);
            }
            for (float b : layer.biases().data()) {
                data.writeFloat(b);
            }
        }
        data.flush();
        new DataOutputStream(out).writeLong(crc.getValue());
        out.flush();
    }

    /** The bytes {@link #write} gives. */
    public static byte[] toBytes(Network network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(network, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a model, finding its activations by name with {@code activations} (e.g. a registry lookup).
     *
     * @throws UserException naming the file when it is missing, not a model, of an unknown version, or corrupt
     */
    public static Network load(Path file, Function<String, Activation> activations) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, activations, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no model file here; train one with `nn run`, which writes "
                    + FILE_NAME + " into the run directory");
        }
    }

    public static Network read(InputStream in, Function<String, Activation> activations, String source)
            throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream data = new DataInputStream(new CheckedInputStream(in, crc));
        try {
            String first = readLine(data, source);
            if (!first.startsWith(MAGIC + " ")) {
                throw corrupt(source, "not an nnlab model file (it does not start with \"" + MAGIC + "\")");
            }
            int version = parseInt(first.substring(MAGIC.length() + 1), source, "format version");
            if (version != FORMAT_VERSION) {
                throw corrupt(source, "model format version " + version + " is not supported (this nnlab reads "
                        + FORMAT_VERSION + "); use the nnlab version that wrote it");
            }
            Map<String, String> header = new LinkedHashMap<>();
            for (String line = readLine(data, source); !line.isEmpty(); line = readLine(data, source)) {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw corrupt(source, "bad header line \"" + line + "\"");
                }
                header.put(line.substring(0, colon), line.substring(colon + 2));
            }
            int[] sizes = Arrays.stream(required(header, "layers", source).split(","))
                    .mapToInt(s -> parseInt(s.trim(), source, "layer size")).toArray();
            Network network = new Network(sizes, activations.apply(required(header, "activation", source)),
                    activations.apply(required(header, "output-activation", source)));
            for (DenseLayer layer : network.layers()) {
                readFloats(data, layer.weights().data());
                readFloats(data, layer.biases().data());
            }
            long expected = crc.getValue();
            long stored = new DataInputStream(in).readLong();
            if (stored != expected) {
                throw corrupt(source, "checksum mismatch (the file is damaged); retrain or restore it");
            }
            if (in.read() != -1) {
                throw corrupt(source, "unexpected bytes after the checksum");
            }
            return network;
        } catch (EOFException e) {
            throw corrupt(source, "the file is truncated");
        }
    }

    private static void readFloats(DataInputStream in, float[] target) throws IOException {
        for (int i = 0; i < target.length; i++) {
            target[i] = in.readFloat();
        }
    }

    private static String readLine(DataInputStream in, String source) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (line.size() > 4096) {
                throw corrupt(source, "not an nnlab model file (no header)");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> header, String key, String source) {
        String value = header.get(key);
        if (value == null) {
            throw corrupt(source, "the header has no \"" + key + "\"");
        }
        return value;
    }

    private static int parseInt(String text, String source, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw corrupt(source, "bad " + what + " \"" + text + "\"");
        }
    }

    private static UserException corrupt(String source, String problem) {
        return new UserException(source + ": " + problem);
    }

    private static String join(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(sizes[i]);
        }
        return sb.toString();
    }
}
