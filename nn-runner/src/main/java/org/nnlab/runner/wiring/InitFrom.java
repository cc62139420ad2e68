package org.nnlab.runner.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Plugin;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.core.io.ModelFile;
import org.nnlab.runner.config.LayerSpec;
import org.nnlab.runner.config.NetworkSpec;
import org.nnlab.runner.config.PluginChoice;

/** Starts a network from a trained model's weights ({@code network.init: {from: FILE}}, checked at validation). */
final class InitFrom {
    private InitFrom() {
    }

    /** Copies the parameters of the model in {@code file} into {@code network}, which has its shape. */
    static void copy(Path file, Network network) {
        Network model;
        try {
            model = ModelFile.load(file, name -> name.equals(network.hiddenActivation().name())
                    ? network.hiddenActivation() : network.outputActivation());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        copyParameters(file, model, network);
    }

    /**
     * Copies the parameters of the layered model in {@code file} into {@code network}, built from {@code spec}'s
     * layer list, which validation checked to be the model's; its layers and activations are found among the list's.
     */
    static void copyLayered(Path file, NetworkSpec spec, Network network) {
        Network model;
        try {
            model = ModelFile.load(file, name -> pick(spec, name, true, Activation.class),
                    name -> pick(spec, name, false, Layer.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        copyParameters(file, model, network);
    }

    private static <T extends Plugin> T pick(NetworkSpec spec, String name, boolean activation, Class<T> type) {
        for (LayerSpec layer : spec.stack()) {
            PluginChoice choice = activation ? layer.activation() : layer.layer();
            if (choice != null && choice.name().equals(name)) {
                return choice.configured(type);
            }
        }
        throw new UserException("the model names " + name + ", which the config's layer list does not (validate"
                + " the config again)");
    }

    private static void copyParameters(Path file, Network model, Network network) {
        List<Parameter> from = model.parameters();
        List<Parameter> to = network.parameters();
        for (int p = 0; p < to.size(); p++) {
            float[] source = from.get(p).value().data();
            float[] target = to.get(p).value().data();
            if (from.size() != to.size() || source.length != target.length) {
                throw new UserException(file + ": the model changed since the config was checked: its "
                        + from.get(p).name() + " does not fit the network's (validate the config again)");
            }
            System.arraycopy(source, 0, target, 0, target.length);
        }
    }
}
