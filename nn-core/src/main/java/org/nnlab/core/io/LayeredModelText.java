package org.nnlab.core.io;

import java.util.Map;
import org.nnlab.core.LayerStack;
import org.nnlab.core.LayerStage;

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
}
