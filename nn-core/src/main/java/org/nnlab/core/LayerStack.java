package org.nnlab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Parameter;
import org.nnlab.api.Shape;

/**
 * The layers of a layered {@link Network}, input first, each stage's output shape the next one's input. Holds
 * the parameters; the per-batch work happens in {@link LayeredPass}.
 */
public final class LayerStack {
    private final Shape input;
    private final List<LayerStage> stages;

    public LayerStack(Shape input, List<LayerStage> stages) {
        this.input = Objects.requireNonNull(input, "input is null");
        this.stages = List.copyOf(stages);
        if (this.stages.isEmpty()) {
            throw new IllegalArgumentException("a layered network needs at least one layer");
        }
        Shape expected = input;
        for (LayerStage stage : this.stages) {
            if (!stage.instance().input().equals(expected)) {
                throw new IllegalArgumentException(stage.label() + " takes " + stage.instance().input()
                        + " but gets " + expected);
            }
            expected = stage.instance().output();
        }
    }

    public Shape input() {
        return input;
    }

    public Shape output() {
        return stages.get(stages.size() - 1).instance().output();
    }

    public List<LayerStage> stages() {
        return stages;
    }

    /** The last stage's activation: the one a loss may fuse its output delta with; null if it has none. */
    public Activation outputActivation() {
        return stages.get(stages.size() - 1).activation();
    }

    /** Every parameter, stage by stage, as each layer lists them (weights before biases). */
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        for (LayerStage stage : stages) {
            list.addAll(stage.instance().parameters());
        }
        return List.copyOf(list);
    }

    /** E.g. {@code 1x28x28 -> conv 20x24x24 sigmoid -> max-pool 20x12x12 -> dense 10 softmax}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(input.toString());
        for (LayerStage stage : stages) {
            sb.append(" -> ").append(stage.layer().name()).append(' ').append(stage.instance().output());
            if (stage.activation() != null) {
                sb.append(' ').append(stage.activation().name());
            }
        }
        return sb.toString();
    }
}
