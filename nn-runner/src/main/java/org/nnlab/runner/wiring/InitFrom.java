package org.nnlab.runner.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.nnlab.api.Parameter;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.core.io.ModelFile;

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
