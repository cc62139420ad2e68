package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.core.io.SavedModel;
import org.nnlab.export.Network2Json;
import org.nnlab.export.OnnxExport;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.run.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nn export RUN_DIR --format onnx|network2-json}: the run's model in a format other tools read. */
@Command(name = "export", description = {"Write a run's model as ONNX or as the JSON of Nielsen's network2.py.",
    "onnx: input \"input\", float [N, inputs], one example per row, features as training saw them (pixel / 255);"
        + " output \"output\", [N, outputs]: the output layer's activations.",
    "network2-json: sizes, weights, biases and cost, as network2.py's save writes them and its load reads them"
        + " (sigmoid networks trained with cross-entropy or quadratic only)."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by nn run.")
    Path runDir;

    @Option(names = "--format", required = true, paramLabel = "onnx|network2-json", description = "The format.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it (default: beside"
            + " the model in RUN_DIR: model.onnx or model.json, best.onnx or best.json with --best).")
    Path output;

    @Mixin
    ModelOptions model;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        boolean onnx = format.equals("onnx");
        if (!onnx && !format.equals("network2-json")) {
            throw new UserException("--format: unknown format \"" + format + "\" (valid: network2-json, onnx)");
        }
        PluginRegistry registry = pluginOptions.load(env).registry();
        SavedModel saved = TrainedRun.model(registry, runDir, model.best);
        Network network = saved.network();
        if (!onnx && network.layerStack().isPresent()) {
            org.nnlab.core.LayerStage first = network.layerStack().get().stages().get(0);
            throw new UserException(runDir + ": network2-json export of a layer-list network is not supported: "
                    + first.label() + " is a " + first.layer().name() + " layer (" + network.layerStack().get()
                    + "); network2.py reads networks of the sizes form, network.layers: [784, 30, 10]; use --format"
                    + " onnx");
        }
        String stem = model.best ? "best" : "model";
        Path target = output != null ? output : runDir.resolve(stem + (onnx ? ".onnx" : ".json"));
        try {
            if (onnx) {
                AtomicFiles.write(target, OnnxExport.toBytes(network, runDir.toAbsolutePath().getFileName()
                        .toString(), metadata(saved)));
            } else {
                AtomicFiles.write(target, Network2Json.toJson(network,
                        TrainedRun.config(registry, runDir, model.best).spec().loss().name()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
        if (onnx) {
            env.out().printf(Locale.ROOT, "wrote %s: ONNX (IR %d, opset %d); input \"%s\" float [N, %d], output"
                    + " \"%s\" float [N, %d]%n", target, OnnxExport.IR_VERSION, OnnxExport.OPSET, OnnxExport.INPUT,
                    network.inputs(), OnnxExport.OUTPUT, network.outputs());
        } else {
            env.out().printf(Locale.ROOT, "wrote %s: network2.py JSON; sizes %s%n", target,
                    java.util.Arrays.toString(network.sizes()));
        }
        return ExitCodes.OK;
    }

    /** What the model file says about the inputs and outputs, for the ONNX model's metadata_props. */
    static Map<String, String> metadata(SavedModel saved) {
        Map<String, String> metadata = new LinkedHashMap<>();
        saved.info().ifPresent(info -> {
            metadata.put("input", info.isImage() ? info.inputWidth() + "x" + info.inputHeight() : "features");
            metadata.put("pixel-scale", String.valueOf(info.pixelScale()));
            metadata.put("classes", String.join(",", info.classLabels()));
            metadata.put("prepare", info.preparation());
        });
        return metadata;
    }
}
