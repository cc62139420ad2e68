package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.registry.ContextLoader;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.core.Initializer;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.ShapeCheck;
import org.nnlab.runner.config.NetworkSpec;
import org.nnlab.runner.config.PluginChoice;

/**
 * The network: its activations, and the network itself, its layer sizes checked against the data and its
 * weights drawn from the {@code init} random stream.
 */
public final class ModelModule extends AbstractModule {
    /** The random stream the initial weights come from. */
    public static final String INIT_STREAM = "init";

    private final NetworkSpec network;

    public ModelModule(NetworkSpec network) {
        this.network = Objects.requireNonNull(network, "network is null");
    }

    @Provides
    @Singleton
    @Hidden
    Activation hidden(PluginRegistry registry) {
        return configure(registry, network.activation());
    }

    @Provides
    @Singleton
    @Output
    Activation output(PluginRegistry registry) {
        return configure(registry, network.outputActivation());
    }

    /** The activation of {@code choice}, configured with the plugin's class loader as context class loader. */
    static Activation configure(PluginRegistry registry, PluginChoice choice) {
        Activation prototype = registry.activation(choice.name());
        return ContextLoader.call(prototype, () -> prototype.configure(choice.params()));
    }

    @Provides
    @Singleton
    Network network(@Hidden Activation hidden, @Output Activation output, DataSplits data, RandomStreams random,
                    PluginRegistry registry) {
        if (network.layered()) {
            return LayeredNetworks.build(network, registry, data, random.stream(INIT_STREAM));
        }
        ShapeCheck.requireCompatible(network.sizes(), data.featureCount(), data.classCount());
        Network built = new Network(network.sizes(), hidden, output);
        Initializer.byKey(network.init()).initialize(built, random.stream(INIT_STREAM));
        return built;
    }
}
