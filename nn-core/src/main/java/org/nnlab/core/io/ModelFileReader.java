package org.nnlab.core.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.LayerStack;
import org.nnlab.core.Network;

/**
 * Reads the bytes of a model file (see {@link ModelFile}), trusting nothing: the header's sizes must account for
 * the file's length exactly before anything is allocated, the checksum must match, every parameter must be finite.
 * A file that fails is a {@link UserException} that starts "corrupt model file X:".
 */
final class ModelFileReader {
    /** The largest file read: more than any network whose parameters fit in a Java array. */
    static final int MAX_BYTES = Integer.MAX_VALUE - 64;
    private static final int MAX_LINE = 4096;
    private static final int MAX_HEADER_LINES = 64;
    private static final int TRAILER = Long.BYTES;

    private final byte[] bytes;
    private final String source;
    private int position;

    private ModelFileReader(byte[] bytes, String source) {
        this.bytes = bytes;
        this.source = source;
    }

    static SavedModel read(byte[] bytes, Function<String, Activation> activations, Function<String, Layer> layers,
                           String source) {
        return new ModelFileReader(bytes, source).read(activations, layers);
    }

    private SavedModel read(Function<String, Activation> activations, Function<String, Layer> layers) {
        if (bytes.length > MAX_BYTES) {
            throw corrupt("larger than any model this nnlab can load (" + MAX_BYTES + " bytes)");
        }
        byte[] magic = (ModelFile.MAGIC + " ").getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < magic.length || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            throw new UserException(source + ": not an nnlab model file (it does not start with \""
                    + ModelFile.MAGIC + "\"); give a model.nnm or best.nnm written by nn run");
        }
        String first = line();
        if (first == null) {
            throw corrupt("the file is truncated (its header does not end)");
        }
        int version = number(first.substring(ModelFile.MAGIC.length() + 1), "format version");
        if (version != ModelFile.FORMAT_VERSION && version != ModelFile.WEIGHTS_ONLY_VERSION
                && version != ModelFile.LAYERED_VERSION) {
            throw new UserException(source + ": model format version " + version + " is not supported (this nnlab"
                    + " reads versions " + ModelFile.WEIGHTS_ONLY_VERSION + " to " + ModelFile.LAYERED_VERSION
                    + "); use the nnlab version that wrote it");
        }
        Map<String, String> header = header();
        int[] sizes = sizes(required(header, "layers"));
        if (version == ModelFile.LAYERED_VERSION) {
            return readLayered(header, sizes, activations, layers);
        }
        long parameters = 0;
        for (int l = 1; l < sizes.length; l++) {
            parameters += ((long) sizes[l - 1] + 1) * sizes[l];
        }
        long expected = position + parameters * Float.BYTES + TRAILER;
        if (bytes.length < expected) {
            throw corrupt("the file is truncated or its header damaged: layers " + required(header, "layers")
                    + " need " + expected + " bytes, the file holds " + bytes.length);
        }
        if (bytes.length > expected) {
            throw corrupt("the file is damaged: layers " + required(header, "layers") + " need " + expected
                    + " bytes, the file holds " + bytes.length);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - TRAILER);
        if (ByteBuffer.wrap(bytes, bytes.length - TRAILER, TRAILER).getLong() != crc.getValue()) {
            throw corrupt("checksum mismatch (the file is damaged); retrain or restore it");
        }
        Optional<ModelInfo> info = version == ModelFile.WEIGHTS_ONLY_VERSION ? Optional.empty()
                : Optional.of(info(header, sizes));
        Network network = new Network(sizes, activation(activations, required(header, "activation")),
                activation(activations, required(header, "output-activation")));
        ByteBuffer body = ByteBuffer.wrap(bytes, position, bytes.length - TRAILER - position);
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layers().get(l);
            fill(body, layer.weights().data(), l + 1, "weights");
            fill(body, layer.biases().data(), l + 1, "biases");
        }
        return new SavedModel(network, version, info);
    }

    /** Version 3: the checksum first (it covers the header), then the layers built, then their parameters. */
    private SavedModel readLayered(Map<String, String> header, int[] sizes, Function<String, Activation> activations,
                                   Function<String, Layer> layers) {
        int start = position;
        CRC32 crc = new CRC32();
        if (bytes.length < start + TRAILER) {
            throw corrupt("the file is truncated (it has no checksum)");
        }
        crc.update(bytes, 0, bytes.length - TRAILER);
        if (ByteBuffer.wrap(bytes, bytes.length - TRAILER, TRAILER).getLong() != crc.getValue()) {
            throw corrupt("checksum mismatch (the file is damaged); retrain or restore it");
        }
        ModelInfo info = info(header, sizes);
        LayerStack stack;
        try {
            stack = LayeredModelText.read(header, activations, layers);
        } catch (IllegalArgumentException e) {
            throw corrupt(e.getMessage());
        } catch (UserException e) {
            throw new UserException(source + ": " + e.getMessage(), e);
        }
        if (stack.input().size() != sizes[0] || stack.output().size() != sizes[sizes.length - 1]) {
            throw corrupt("its layers take " + stack.input() + " and give " + stack.output() + ", not the layers "
                    + required(header, "layers") + " of its header");
        }
        Network network = new Network(stack);
        long floats = 0;
        for (org.nnlab.api.Parameter p : network.parameters()) {
            floats += p.value().data().length;
        }
        if (bytes.length - TRAILER - start != floats * Float.BYTES) {
            throw corrupt("its layers need " + (start + floats * Float.BYTES + TRAILER) + " bytes, the file holds "
                    + bytes.length);
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, start, bytes.length - TRAILER - start);
        int index = 0;
        for (org.nnlab.api.Parameter p : network.parameters()) {
            fill(body, p.value().data(), ++index, p.name());
        }
        return new SavedModel(network, ModelFile.LAYERED_VERSION, Optional.of(info));
    }

    private Map<String, String> header() {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line = line(); ; line = line()) {
            if (line == null) {
                throw corrupt("the file is truncated (its header does not end)");
            }
            if (line.isEmpty()) {
                return header;
            }
            int colon = line.indexOf(": ");
            if (colon < 0 || header.size() >= MAX_HEADER_LINES) {
                throw corrupt("bad header line \"" + shorten(line) + "\"");
            }
            header.put(line.substring(0, colon), line.substring(colon + 2));
        }
    }

    private int[] sizes(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length < 2 || parts.length > MAX_HEADER_LINES) {
            throw corrupt("layers \"" + shorten(text) + "\" should list 2 or more layer sizes");
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sizes[i] = number(parts[i], "layer size");
            if (sizes[i] < 1) {
                throw corrupt("layer size " + sizes[i] + " in \"layers: " + shorten(text) + "\" is not positive");
            }
        }
        return sizes;
    }

    private ModelInfo info(Map<String, String> header, int[] sizes) {
        String input = required(header, "input");
        int width = 0;
        int height = 0;
        if (!input.equals("features")) {
            int x = input.indexOf('x');
            if (x < 0) {
                throw corrupt("input \"" + shorten(input) + "\" should be WIDTHxHEIGHT or features");
            }
            width = number(input.substring(0, x), "input width");
            height = number(input.substring(x + 1), "input height");
            if (width < 1 || height < 1 || (long) width * height != sizes[0]) {
                throw corrupt("input " + input + " does not give the " + sizes[0] + " inputs of layers "
                        + Arrays.toString(sizes));
            }
        }
        int scale = number(required(header, "pixel-scale"), "pixel-scale");
        if (scale < 1) {
            throw corrupt("pixel-scale " + scale + " is not positive");
        }
        List<String> classes = new ArrayList<>(List.of(required(header, "classes").split(",", -1)));
        if (classes.size() != sizes[sizes.length - 1] || classes.contains("")) {
            throw corrupt("classes lists " + classes.size() + " labels for " + sizes[sizes.length - 1] + " outputs");
        }
        return new ModelInfo(width, height, scale, classes, required(header, "prepare"));
    }

    private Activation activation(Function<String, Activation> activations, String name) {
        try {
            return activations.apply(name);
        } catch (UserException e) {
            throw new UserException(source + ": the model's activation \"" + shorten(name) + "\": " + e.getMessage(),
                    e);
        }
    }

    private void fill(ByteBuffer body, float[] target, int layer, String what) {
        for (int i = 0; i < target.length; i++) {
            float value = body.getFloat();
            if (!Float.isFinite(value)) {
                throw corrupt("layer " + layer + "'s " + what + " hold " + value + " at index " + i
                        + " (a network with NaN or infinite parameters predicts nothing); restore or retrain it");
            }
            target[i] = value;
        }
    }

    /** The next line without its newline, or null at the end of the bytes. */
    private String line() {
        int start = position;
        while (position < bytes.length && bytes[position] != '\n') {
            if (position - start > MAX_LINE) {
                throw corrupt("a header line is longer than " + MAX_LINE + " bytes");
            }
            position++;
        }
        if (position >= bytes.length) {
            return null;
        }
        position++;
        return new String(bytes, start, position - 1 - start, StandardCharsets.UTF_8);
    }

    private String required(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null) {
            throw corrupt("the header has no \"" + key + "\"");
        }
        return value;
    }

    private int number(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw corrupt("bad " + what + " \"" + shorten(text) + "\"");
        }
    }

    private UserException corrupt(String problem) {
        return new UserException("corrupt model file " + source + ": " + problem);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
