package org.nnlab.export;

import java.util.Map;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;

/**
 * A network as an ONNX model (IR version 7, default-domain opset 13). The graph has one input, {@value #INPUT}, a
 * float tensor {@code [N, inputs]} (one example per row, features as the datasets give them: pixel / 255), and one
 * output, {@value #OUTPUT}, {@code [N, outputs]}: the output layer's activations. Each layer {@code l} is
 * {@code MatMul(a, W_l) -> Add(B_l) -> activation}, with {@code W_l} ({@code inputs x outputs}) and {@code B_l}
 * stored as initializers, exactly the float32 values of the model file. A layer list's nodes are
 * {@link LayeredOnnx}'s.
 */
public final class OnnxExport {
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final long IR_VERSION = 7;
    public static final long OPSET = 13;

    /** The ONNX operator of each activation that has one. */
    private static final Map<String, String> OPERATORS = Map.of("sigmoid", "Sigmoid", "softmax", "Softmax",
            "tanh", "Tanh", "relu", "Relu", "identity", "Identity");

    private OnnxExport() {
    }

    /**
     * The serialized model.
     *
     * @throws UserException naming the activation when one has no ONNX form (a plugin's)
     */
    public static byte[] toBytes(Network network, String name) {
        return toBytes(network, name, Map.of());
    }

    /**
     * The serialized model with {@code metadata} as its {@code metadata_props} (e.g. what predicting needs:
     * the image size, the pixel scale, the class labels), in the map's iteration order.
     */
    public static byte[] toBytes(Network network, String name, Map<String, String> metadata) {
        GraphProto.Builder graph = GraphProto.newBuilder().setName(name)
                .addInput(value(INPUT, network.inputs()))
                .addOutput(value(OUTPUT, network.outputs()));
        network.layerStack().ifPresent(stack -> LayeredOnnx.addNodes(graph, stack, INPUT, OUTPUT, OnnxExport::operator));
        String a = INPUT;
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layers().get(l);
            String operator = operator(network.activation(l).name());
            String weights = "W" + (l + 1);
            String biases = "B" + (l + 1);
            graph.addInitializer(tensor(weights, layer.weights().data(), layer.inputs(), layer.outputs()));
            graph.addInitializer(tensor(biases, layer.biases().data(), layer.outputs()));
            String product = "a" + l + "W" + (l + 1);
            String z = "z" + (l + 1);
            String activation = l == network.layers().size() - 1 ? OUTPUT : "a" + (l + 1);
            graph.addNode(node("MatMul", a, weights, product));
            graph.addNode(node("Add", product, biases, z));
            NodeProto.Builder node = NodeProto.newBuilder().setOpType(operator).setName(operator + (l + 1))
                    .addInput(z).addOutput(activation);
            if (operator.equals("Softmax")) {
                node.addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT)
                        .setI(-1));
            }
            graph.addNode(node);
            a = activation;
        }
        ModelProto.Builder model = ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName("nnlab")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET)).setGraph(graph);
        metadata.forEach((key, value) -> model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(key)
                .setValue(value)));
        return model.build().toByteArray();
    }

    private static String operator(String activation) {
        String operator = OPERATORS.get(activation);
        if (operator == null) {
            throw new UserException("activation \"" + activation + "\" has no ONNX form (ONNX export knows "
                    + String.join(", ", OPERATORS.keySet().stream().sorted().toList()) + "); only a network whose"
                    + " activations are all among these can be exported to ONNX");
        }
        return operator;
    }

    private static ValueInfoProto value(String name, int width) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    static TensorProto tensor(String name, float[] values, long... dims) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long dim : dims) {
            tensor.addDims(dim);
        }
        for (float value : values) {
            tensor.addFloatData(value);
        }
        return tensor.build();
    }

    private static NodeProto node(String operator, String left, String right, String output) {
        return NodeProto.newBuilder().setOpType(operator).setName(output).addInput(left).addInput(right)
                .addOutput(output).build();
    }
}
