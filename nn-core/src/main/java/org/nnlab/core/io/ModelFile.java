package org.nnlab.core.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;

/**
 * The model file ({@code model.nnm}): a text header, the parameters as big-endian float32, a CRC-32.
 * docs/model-format.md describes it for readers in other languages.
 *
 * <pre>
 * nnlab-model 2                 magic and format version
 * layers: 784,30,10
 * activation: sigmoid
 * output-activation: sigmoid
 * input: 28x28                  version 2 on: image width x height, or the input count when not an image
 * pixel-scale: 255              version 2 on: a feature is pixel / 255
 * classes: 0,1,2,3,4,5,6,7,8,9  version 2 on: the label of each output
 * prepare: fit 20, centre mass  version 2 on: how a picture of another size is prepared (may be empty)
 *                               blank line ends the header
 * per layer: weights (inputs x outputs, row-major; the transpose of the book's w), then biases (outputs)
 * CRC-32 of everything before it, as a big-endian long
 * </pre>
 *
 * Version 1 is the same without the four lines that describe the input; it is still read. The same network and
 * description always give the same bytes.
 */
public final class ModelFile {
    public static final String MAGIC = "nnlab-model";
    /** The version {@link #write(Network, ModelInfo, OutputStream)} writes. */
    public static final int FORMAT_VERSION = 2;
    /** The version of a layered network's file: version 2's header with the layers after it. */
    public static final int LAYERED_VERSION = 3;
    /** The version without a {@link ModelInfo}, still read; {@link #write(Network, OutputStream)} writes it. */
    public static final int WEIGHTS_ONLY_VERSION = 1;
    /** The usual file name inside a run directory. */
    public static final String FILE_NAME = "model.nnm";
    /** The run directory's model of the epoch with the best validation accuracy, when there is a validation set. */
    public static final String BEST_FILE_NAME = "best.nnm";

    private ModelFile() {
    }

    /** Writes {@code network} and its description to {@code file} through a temporary file, never half a model. */
    public static void save(Network network, ModelInfo info, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            write(network, info, out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code network} in format version 2, with what predicting needs. */
    public static void write(Network network, ModelInfo info, OutputStream out) throws IOException {
        if (network.layerStack().isPresent()) {
            write(network, LAYERED_VERSION, headerLines(info) + LayeredModelText.header(network.layerStack().get()), out);
            return;
        }
        write(network, FORMAT_VERSION, headerLines(info), out);
    }

    /** Writes the parameters alone, in format version 1 (no input description). */
    public static void write(Network network, OutputStream out) throws IOException {
        if (network.layerStack().isPresent()) {
            throw new IllegalArgumentException("a layered network is written with its ModelInfo (format version "
                    + LAYERED_VERSION + ")");
        }
        write(network, WEIGHTS_ONLY_VERSION, "", out);
    }

    private static void write(Network network, int version, String extraHeader, OutputStream out)
            throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream data = new DataOutputStream(new CheckedOutputStream(out, crc));
        StringBuilder header = new StringBuilder();
        header.append(MAGIC).append(' ').append(version).append('\n');
        header.append("layers: ").append(join(network.sizes())).append('\n');
        header.append("activation: ").append(network.hiddenActivation().name()).append('\n');
        header.append("output-activation: ").append(network.outputActivation().name()).append('\n');
        header.append(extraHeader).append('\n');
        data.write(header.toString().getBytes(StandardCharsets.UTF_8));
        for (org.nnlab.api.Parameter parameter : network.layerStack().isPresent() ? network.parameters()
                : java.util.List.<org.nnlab.api.Parameter>of()) {
            for (float v : parameter.value().data()) {
                data.writeFloat(v);
            }
        }
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

    private static String headerLines(ModelInfo info) {
        return "input: " + (info.isImage() ? info.inputWidth() + "x" + info.inputHeight() : "features") + '\n'
                + "pixel-scale: " + info.pixelScale() + '\n'
                + "classes: " + String.join(",", info.classLabels()) + '\n'
                + "prepare: " + info.preparation() + '\n';
    }

    /** The bytes of {@link #write(Network, OutputStream)} (format version 1). */
    public static byte[] toBytes(Network network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(network, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The bytes of {@link #write(Network, ModelInfo, OutputStream)} (format version 2). */
    public static byte[] toBytes(Network network, ModelInfo info) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(network, info, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a model's network, finding its activations by name with {@code activations} (e.g. a registry lookup).
     *
     * @throws UserException naming the file when it is missing, not a model, of an unknown version, or corrupt
     */
    public static Network load(Path file, Function<String, Activation> activations) throws IOException {
        return open(file, activations).network();
    }

    /** As {@link #load(Path, Function)}, finding a layered model's layer prototypes by name with {@code layers}. */
    public static Network load(Path file, Function<String, Activation> activations, Function<String, Layer> layers)
            throws IOException {
        return open(file, activations, layers).network();
    }

    /** Reads a model with its description and format version, layers found with {@code layers}; see {@link #load}. */
    public static SavedModel open(Path file, Function<String, Activation> activations, Function<String, Layer> layers)
            throws IOException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > ModelFileReader.MAX_BYTES) {
                throw new UserException("corrupt model file " + file + ": " + Files.size(file) + " bytes, more than"
                        + " any model this nnlab can load (" + ModelFileReader.MAX_BYTES + "); restore or retrain it");
            }
            return ModelFileReader.read(Files.readAllBytes(file), activations, layers, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no model file here; train one with `nn run`, which writes "
                    + FILE_NAME + " into the run directory");
        }
    }

    private static Layer noLayers(String name) {
        throw new UserException("layer \"" + name + "\" is needed but no layer plugins were given to read this model");
    }

    /** Reads a model with its description and format version; see {@link #load}. */
    public static SavedModel open(Path file, Function<String, Activation> activations) throws IOException {
        return open(file, activations, ModelFile::noLayers);
    }

    /** Reads a whole model from {@code in}; {@code source} names it in messages. */
    public static Network read(InputStream in, Function<String, Activation> activations, String source)
            throws IOException {
        return ModelFileReader.read(in.readNBytes(ModelFileReader.MAX_BYTES + 1), activations, ModelFile::noLayers,
                source).network();
    }

    private static String join(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(sizes[i]);
        }
        return sb.toString();
    }
}
