package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.core.Initializer;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.ShapeCheck;
import org.nnlab.runner.config.NetworkSpec;

/**
 * The network: its activations, and the network itself, its layer sizes checked against the data and its
 * weights drawn from the {@code init} random stream, or copied from a trained model ({@code init: {from: FILE}}).
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
    Activation hidden() {
        return network.activation().configured(Activation.class);
    }

    @Provides
    @Singleton
    @Output
    Activation output() {
        return network.outputActivation().configured(Activation.class);
    }

    @Provides
    @Singleton
    Network network(@Hidden Activation hidden, @Output Activation output, DataSplits data, RandomStreams random) {
        if (network.layered()) {
            return LayeredNetworks.build(network, data, random.stream(INIT_STREAM));
        }
        ShapeCheck.requireCompatible(network.sizes(), data.featureCount(), data.classCount());
        Network built = new Network(network.sizes(), hidden, output);
        if (network.initFrom().isPresent()) {
            InitFrom.copy(network.initFrom().get(), built);
        } else {
            Initializer.byKey(network.init()).initialize(built, random.stream(INIT_STREAM));
        }
        return built;
    }
}
