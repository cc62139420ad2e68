package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Params;
import org.nnlab.core.Network;
import org.nnlab.core.ShapeCheck;
import org.nnlab.core.io.ModelFile;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.NetworkSpec;
import org.nnlab.runner.config.PluginChoice;

/**
 * A trained network read from a run directory's model file, for {@code nn eval} and {@code nn predict}. Its
 * activations are configured with the run's parameters when the names match the run's config.
 */
public final class TrainedModelModule extends AbstractModule {
    private final Path runDir;
    private final NetworkSpec network;
    private final String modelFile;

    /** The run's last model, {@link ModelFile#FILE_NAME}. */
    public TrainedModelModule(Path runDir, NetworkSpec network) {
        this(runDir, network, ModelFile.FILE_NAME);
    }

    /** The run's model file {@code modelFile} (e.g. {@link ModelFile#BEST_FILE_NAME}). */
    public TrainedModelModule(Path runDir, NetworkSpec network, String modelFile) {
        this.runDir = Objects.requireNonNull(runDir, "runDir is null");
        this.network = Objects.requireNonNull(network, "network is null");
        this.modelFile = Objects.requireNonNull(modelFile, "modelFile is null");
    }

    @Provides
    @Singleton
    Network network(PluginRegistry registry, DataSplits data) {
        Network loaded;
        try {
            loaded = ModelFile.load(runDir.resolve(modelFile), name -> activation(registry, network, name),
                    registry::layer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + runDir.resolve(modelFile), e);
        }
        ShapeCheck.requireCompatible(loaded, data);
        return loaded;
    }

    /**
     * The activation a model file names: configured with the run's parameters when the name matches the run's
     * config, else with its defaults.
     */
    public static Activation activation(PluginRegistry registry, NetworkSpec network, String name) {
        for (PluginChoice choice : new PluginChoice[] {network.activation(), network.outputActivation()}) {
            if (choice.name().equals(name)) {
                return choice.configured(Activation.class);
            }
        }
        for (org.nnlab.runner.config.LayerSpec layer : network.stack()) {
            if (layer.activation() != null && layer.activation().name().equals(name)) {
                return layer.activation().configured(Activation.class);
            }
        }
        return activation(registry, name);
    }

    /** The activation a model file names, configured with its defaults (a model file read without its run). */
    public static Activation activation(PluginRegistry registry, String name) {
        Activation prototype = registry.activation(name);
        return ContextLoader.call(prototype, () -> prototype.configure(Params.defaults(prototype)));
    }
}
