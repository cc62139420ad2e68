package org.nnlab.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.core.LayerStack;
import org.nnlab.core.LayerStackBuilder;
import org.nnlab.core.LayerStage;
import org.nnlab.core.PluginContext;

/**
 * The header lines that describe a layered network in model format version 3: its input shape, then one line
 * per layer, {@code layer2: max-pool size=2} or {@code layer1: conv filters=20 size=5 activation=sigmoid}.
 */
final class LayeredModelText {
    static final String INPUT_KEY = "network-input";
    static final String ACTIVATION_KEY = "activation";

    private LayeredModelText() {
    }

    static String header(LayerStack stack) {
        StringBuilder out = new StringBuilder();
        out.append(INPUT_KEY).append(": ").append(stack.input().channels()).append('x').append(stack.input().height())
                .append('x').append(stack.input().width()).append('\n');
        for (LayerStage stage : stack.stages()) {
            out.append(stage.label()).append(": ").append(stage.layer().name());
            for (Map.Entry<String, Object> e : stage.params().asMap().entrySet()) {
                out.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            if (stage.activation() != null) {
                out.append(' ').append(ACTIVATION_KEY).append('=').append(stage.activation().name());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The stack the header describes, its layers found with {@code layers} and configured from the recorded
     * parameters. A malformed line is an {@link IllegalArgumentException} (the file is corrupt); an unknown layer or
     * activation is the lookup's {@link org.nnlab.api.UserException}.
     */
    static LayerStack read(Map<String, String> header, Function<String, Activation> activations,
                           Function<String, Layer> layers) {
        Shape input = shape(header.get(INPUT_KEY));
        List<LayerStackBuilder.Item> items = new ArrayList<>();
        for (int i = 1; header.containsKey("layer" + i); i++) {
            String[] words = header.get("layer" + i).split(" ");
            Layer prototype = layers.apply(words[0]);
            Map<String, Object> raw = new LinkedHashMap<>();
            Activation activation = null;
            for (int w = 1; w < words.length; w++) {
                int eq = words[w].indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("bad layer line \"layer" + i + ": " + header.get("layer" + i) + "\"");
                }
                String key = words[w].substring(0, eq);
                String value = words[w].substring(eq + 1);
                if (key.equals(ACTIVATION_KEY)) {
                    activation = activations.apply(value);
                } else {
                    raw.put(key, value(value));
                }
            }
            Params params = Params.resolve(prototype, raw);
            Layer configured = PluginContext.call(prototype, () -> prototype.configure(params));
            items.add(new LayerStackBuilder.Item(configured, params, activation, "layer" + i));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the header lists no layers");
        }
        return LayerStackBuilder.build(input, items);
    }

    private static Shape shape(String text) {
        if (text == null) {
            throw new IllegalArgumentException("the header has no \"" + INPUT_KEY + "\"");
        }
        String[] parts = text.split("x");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException(text);
            }
            return new Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + INPUT_KEY + " \"" + text + "\" (expected CxHxW)");
        }
    }

    /** A recorded parameter value as YAML would have given it: a whole number, a number, true/false or text. */
    private static Object value(String text) {
        if (text.matches("-?[0-9]+")) {
            return Long.parseLong(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
