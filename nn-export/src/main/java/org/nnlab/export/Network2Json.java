package org.nnlab.export;

import java.util.Map;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;

/**
 * A network as the JSON that Nielsen's {@code network2.py} saves and loads: {@code sizes}, {@code weights} (one
 * {@code outputs x inputs} list of rows per layer: the book's {@code w}, the transpose of what nnlab stores),
 * {@code biases} (one column {@code [[b1], [b2], ...]} per layer) and {@code cost} (the name of the cost class).
 * network2.py's networks are sigmoid throughout, so only such a network can be written. Each number is the
 * float32 parameter written exactly as a double, so that Python reads the very value nnlab holds.
 */
public final class Network2Json {
    /** network2.py's cost classes, by nnlab loss name. */
    private static final Map<String, String> COSTS = Map.of("cross-entropy", "CrossEntropyCost",
            "quadratic", "QuadraticCost");

    private Network2Json() {
    }

    /**
     * The JSON text.
     *
     * @param loss the loss the network was trained with (its name in nnlab)
     * @throws UserException when an activation is not sigmoid or the loss has no network2.py class
     */
    public static String toJson(Network network, String loss) {
        for (String activation : new String[] {network.hiddenActivation().name(),
                network.outputActivation().name()}) {
            if (!activation.equals("sigmoid")) {
                throw new UserException("activation \"" + activation + "\" cannot be written for network2.py, whose"
                        + " networks use sigmoid in every layer; use --format onnx for this model");
            }
        }
        String cost = COSTS.get(loss);
        if (cost == null) {
            throw new UserException("loss \"" + loss + "\" has no network2.py cost class (it has cross-entropy"
                    + " and quadratic); use --format onnx for this model");
        }
        StringBuilder json = new StringBuilder("{\"sizes\": [");
        int[] sizes = network.sizes();
        for (int i = 0; i < sizes.length; i++) {
            json.append(i == 0 ? "" : ", ").append(sizes[i]);
        }
        json.append("], \"weights\": [");
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layers().get(l);
            float[] w = layer.weights().data();
            json.append(l == 0 ? "" : ", ").append('[');
            for (int j = 0; j < layer.outputs(); j++) {
                json.append(j == 0 ? "" : ", ").append('[');
                for (int k = 0; k < layer.inputs(); k++) {
                    json.append(k == 0 ? "" : ", ").append(number(w[k * layer.outputs() + j]));
                }
                json.append(']');
            }
            json.append(']');
        }
        json.append("], \"biases\": [");
        for (int l = 0; l < network.layers().size(); l++) {
            float[] b = network.layers().get(l).biases().data();
            json.append(l == 0 ? "" : ", ").append('[');
            for (int j = 0; j < b.length; j++) {
                json.append(j == 0 ? "" : ", ").append('[').append(number(b[j])).append(']');
            }
            json.append(']');
        }
        return json.append("], \"cost\": \"").append(cost).append("\"}\n").toString();
    }

    private static String number(float value) {
        return Double.toString(value);
    }
}
