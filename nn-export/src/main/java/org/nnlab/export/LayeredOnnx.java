package org.nnlab.export;

import java.util.List;
import java.util.function.Function;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import org.nnlab.api.Parameter;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;
import org.nnlab.core.LayerStack;
import org.nnlab.core.LayerStage;

/**
 * The nodes of a layer list: the input row reshaped to {@code [N, C, H, W]} when the first layer is not dense;
 * {@code conv} as {@code Conv} (weights {@code [F, C, K, K]}, the model file's order), {@code max-pool} as
 * {@code MaxPool}, {@code dense} as {@code Flatten} (an image input, channel-major as nnlab flattens it),
 * {@code MatMul} and {@code Add}, {@code dropout} as nothing (evaluation passes through), then each layer's
 * activation. A layer of another kind (a plugin's) is refused by name.
 */
final class LayeredOnnx {
    private LayeredOnnx() {
    }

    static void addNodes(GraphProto.Builder graph, LayerStack stack, String input, String output,
                         Function<String, String> operators) {
        String a = input;
        Shape shape = stack.input();
        if (!shape.isFlat()) {
            graph.addInitializer(TensorProto.newBuilder().setName("input_shape")
                    .setDataType(TensorProto.DataType.INT64_VALUE).addDims(4)
                    .addInt64Data(-1).addInt64Data(shape.channels()).addInt64Data(shape.height())
                    .addInt64Data(shape.width()).build());
            graph.addNode(NodeProto.newBuilder().setOpType("Reshape").setName("image").addInput(a)
                    .addInput("input_shape").addOutput("image"));
            a = "image";
        }
        List<LayerStage> stages = stack.stages();
        for (int s = 0; s < stages.size(); s++) {
            LayerStage stage = stages.get(s);
            String label = stage.label();
            boolean last = s == stages.size() - 1;
            String z = label + "_z";
            List<Parameter> parameters = stage.instance().parameters();
            switch (stage.layer().name()) {
                case "conv" -> {
                    int size = stage.params().integer("size");
                    Shape out = stage.instance().output();
                    graph.addInitializer(OnnxExport.tensor(label + "_W", parameters.get(0).value().data(),
                            out.channels(), shape.channels(), size, size));
                    graph.addInitializer(OnnxExport.tensor(label + "_B", parameters.get(1).value().data(),
                            out.channels()));
                    graph.addNode(NodeProto.newBuilder().setOpType("Conv").setName(label).addInput(a)
                            .addInput(label + "_W").addInput(label + "_B").addOutput(z)
                            .addAttribute(ints("kernel_shape", size, size)));
                }
                case "max-pool" -> {
                    int size = stage.params().integer("size");
                    graph.addNode(NodeProto.newBuilder().setOpType("MaxPool").setName(label).addInput(a).addOutput(z)
                            .addAttribute(ints("kernel_shape", size, size)).addAttribute(ints("strides", size, size)));
                }
                case "dense" -> {
                    if (!shape.isFlat()) {
                        graph.addNode(NodeProto.newBuilder().setOpType("Flatten").setName(label + "_flat")
                                .addInput(a).addOutput(label + "_flat"));
                        a = label + "_flat";
                    }
                    int units = stage.instance().output().size();
                    graph.addInitializer(OnnxExport.tensor(label + "_W", parameters.get(0).value().data(),
                            shape.size(), units));
                    graph.addInitializer(OnnxExport.tensor(label + "_B", parameters.get(1).value().data(), units));
                    graph.addNode(NodeProto.newBuilder().setOpType("MatMul").setName(label + "_matmul").addInput(a)
                            .addInput(label + "_W").addOutput(label + "_aW"));
                    graph.addNode(NodeProto.newBuilder().setOpType("Add").setName(label + "_add")
                            .addInput(label + "_aW").addInput(label + "_B").addOutput(z));
                }
                case "dropout" -> z = a;
                default -> throw new UserException("layer " + label + " is a \"" + stage.layer().name() + "\" layer,"
                        + " which has no ONNX form (ONNX export knows conv, dense, dropout and max-pool)");
            }
            String next = last ? output : label + "_a";
            if (stage.activation() != null) {
                String operator = operators.apply(stage.activation().name());
                NodeProto.Builder node = NodeProto.newBuilder().setOpType(operator).setName(label + "_" + operator)
                        .addInput(z).addOutput(next);
                if (operator.equals("Softmax")) {
                    node.addAttribute(AttributeProto.newBuilder().setName("axis")
                            .setType(AttributeProto.AttributeType.INT).setI(-1));
                }
                graph.addNode(node);
            } else {
                graph.addNode(NodeProto.newBuilder().setOpType("Identity").setName(label + "_identity").addInput(z)
                        .addOutput(next));
            }
            a = next;
            shape = stage.instance().output();
        }
    }

    private static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            attribute.addInts(v);
        }
        return attribute.build();
    }
}
