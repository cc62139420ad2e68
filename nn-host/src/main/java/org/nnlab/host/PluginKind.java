package org.nnlab.host;

import org.nnlab.api.Activation;
import org.nnlab.api.Dataset;
import org.nnlab.api.Layer;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Plugin;
import org.nnlab.api.Schedule;

/** The kinds of plugin, each an SPI interface found through {@code META-INF/services}. */
public enum PluginKind {
    ACTIVATION("activation", Activation.class),
    LOSS("loss", Loss.class),
    OPTIMIZER("optimizer", Optimizer.class),
    DATASET("dataset", Dataset.class),
    SCHEDULE("schedule", Schedule.class),
    LAYER("layer", Layer.class);

    private final String label;
    private final Class<? extends Plugin> type;

    PluginKind(String label, Class<? extends Plugin> type) {
        this.label = label;
        this.type = type;
    }

    /** Lower-case word for messages and YAML: {@code activation}. */
    public String label() {
        return label;
    }

    public Class<? extends Plugin> type() {
        return type;
    }

    /** The kind whose SPI interface {@code plugin} implements. */
    public static PluginKind of(Class<? extends Plugin> type) {
        for (PluginKind kind : values()) {
            if (kind.type.isAssignableFrom(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(type + " implements no plugin kind");
    }
}
