package org.nnlab.runner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nnlab.api.Suggestions;
import org.nnlab.core.Initializer;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Validates a composed config tree against the experiment schema and the plugins' declared parameters,
 * collecting every problem, and builds the {@link ExperimentSpec} with defaults filled.
 */
final class SpecReader {
    static final List<String> TOP_KEYS = List.of("name", "seed", "dataset", "network", "loss", "optimizer", "schedule",
            "training");
    static final List<String> NETWORK_KEYS = List.of("layers", "activation", "output-activation", "init", "input");
    static final List<String> TRAINING_KEYS = List.of("epochs", "batch-size", "patience", "evaluate-train");
    /** The key paths that hold a plugin slot. */
    static final List<String> SLOT_PATHS = List.of("dataset", "network.activation", "network.output-activation",
            "loss", "optimizer", "schedule");
    /** The plugin a slot left out of the config gets; slots not listed are required. */
    static final Map<String, String> SLOT_DEFAULTS = Map.of("network.activation", NetworkSpec.DEFAULT_ACTIVATION,
            "network.output-activation", NetworkSpec.DEFAULT_ACTIVATION, "optimizer", ExperimentSpec.DEFAULT_OPTIMIZER,
            "schedule", ExperimentSpec.DEFAULT_SCHEDULE);
    private static final String LAYERS_EXAMPLE = "[784, 30, 10]";
    private static final Pattern INIT_KEY = Pattern.compile("[a-z0-9-]+");

    private final PluginRegistry registry;
    private final ProblemLog log;
    private final SourceMap source;
    private final ScalarValues values = new ScalarValues();
    private final SlotReader slots;
    private final InitFromReader initFrom;
    /** Where network.layers is written, for the problems found once training: is read too. */
    private Node layersNode;

    SpecReader(PluginRegistry registry, ProblemLog log, SourceMap source) {
        this(registry, log, source, Path.of(""));
    }

    /** @param configDir the directory of the config file, which paths in it are relative to */
    SpecReader(PluginRegistry registry, ProblemLog log, SourceMap source, Path configDir) {
        this.registry = registry;
        this.log = log;
        this.source = source;
        this.slots = new SlotReader(registry, log, source, values);
        this.initFrom = new InitFromReader(registry, log, configDir);
    }

    /** The spec, or a {@link org.nnlab.api.UserException} with every problem found. */
    ExperimentSpec read(MappingNode root, String defaultName) {
        source.record("", root);
        MappingReader top = new MappingReader(root, "", TOP_KEYS, log, source, values);
        String name = top.text("name", defaultName, ExperimentSpec.NAME,
                "a name of at most 100 letters, digits, '.', '_' or '-' (it names the run directory)");
        long seed = top.wholeNumber("seed", ExperimentSpec.DEFAULT_SEED, Long.MIN_VALUE, "a whole number");
        Optional<PluginChoice> dataset = requiredSlot(top, PluginKind.DATASET, "dataset",
                "name the data to train on, e.g. \"dataset: digits20\"");
        NetworkSpec network = network(top);
        Optional<PluginChoice> loss = requiredSlot(top, PluginKind.LOSS, "loss",
                "name the cost function, e.g. \"loss: cross-entropy\"");
        Optional<Node> optimizerNode = top.get("optimizer");
        Optional<PluginChoice> optimizer = optimizerNode.isPresent()
                ? slots.read(PluginKind.OPTIMIZER, "optimizer", optimizerNode.get())
                : slots.defaults(PluginKind.OPTIMIZER, "optimizer", ExperimentSpec.DEFAULT_OPTIMIZER, root);
        Optional<Node> scheduleNode = top.get("schedule");
        Optional<PluginChoice> schedule = scheduleNode.isPresent()
                ? slots.read(PluginKind.SCHEDULE, "schedule", scheduleNode.get())
                : slots.defaults(PluginKind.SCHEDULE, "schedule", ExperimentSpec.DEFAULT_SCHEDULE, root);
        TrainingSpec training = training(top);
        dataset.flatMap(choice -> PatienceCheck.fromParams(training, choice))
                .ifPresent(problem -> log.addAt(PatienceCheck.PATH, problem));
        if (network != null && !network.layered()) {
            NetworkSize.problem(network.layers(), training.batchSize(), Runtime.getRuntime().maxMemory())
                    .ifPresent(problem -> log.add(layersNode, "network.layers", problem));
        }
        log.throwIfAny();
        return new ExperimentSpec(name, seed, dataset.orElseThrow(), network, loss.orElseThrow(),
                optimizer.orElseThrow(), training, schedule.orElseThrow());
    }

    private Optional<PluginChoice> requiredSlot(MappingReader parent, PluginKind kind, String key, String fix) {
        Optional<Node> node = parent.get(key);
        if (node.isEmpty()) {
            parent.missing(key, fix + " (valid: " + String.join(", ", registry.names(kind)) + ")");
            return Optional.empty();
        }
        return slots.read(kind, parent.childPath(key), node.get());
    }

    private NetworkSpec network(MappingReader top) {
        Optional<Node> node = top.get("network");
        if (node.isEmpty()) {
            top.missing("network", "describe the layers, e.g. \"network: {layers: " + LAYERS_EXAMPLE + "}\"");
            return null;
        }
        if (!(node.get() instanceof MappingNode mapping)) {
            log.add(node.get(), "network", "expected a mapping with layers:, activation:, output-activation: and init:, got "
                    + ScalarValues.describe(node.get()) + " (e.g. {layers: " + LAYERS_EXAMPLE + "})");
            return null;
        }
        MappingReader network = new MappingReader(mapping, "network", NETWORK_KEYS, log, source, values);
        layersNode = network.get("layers").orElse(null);
        if (LayerListReader.isLayerList(layersNode)) {
            return layerList(network);
        }
        network.get("input").ifPresent(given -> log.add(given, "network.input", "only a layer list takes an input"
                + " shape; remove it, or write the layers as a list such as " + LayerListReader.EXAMPLE));
        List<Integer> layers = network.positiveIntegers("layers", 2, LAYERS_EXAMPLE);
        if (network.get("layers").isEmpty()) {
            network.missing("layers", "list the units per layer, input first, e.g. layers: " + LAYERS_EXAMPLE);
        }
        Optional<PluginChoice> hidden = activation(network, "activation");
        Optional<PluginChoice> output = activation(network, "output-activation");
        Optional<Node> initNode = network.get("init");
        if (initNode.isPresent() && initNode.get() instanceof MappingNode from) {
            Optional<Path> file = initFrom.read(from, layers, hidden, output);
            if (layers == null || hidden.isEmpty() || output.isEmpty() || file.isEmpty()) {
                return null;
            }
            return new NetworkSpec(layers, hidden.get(), output.get(), NetworkSpec.DEFAULT_INIT, file);
        }
        String init = init(network);
        if (layers == null || hidden.isEmpty() || output.isEmpty() || init == null) {
            return null;
        }
        return new NetworkSpec(layers, hidden.get(), output.get(), init);
    }

    /** The layer-list form: {@code network.layers} a list of layers, {@code network.input} optional. */
    private NetworkSpec layerList(MappingReader network) {
        network.get("activation").ifPresent(node -> log.add(node, "network.activation", "a layer list gives each"
                + " layer its own activation; remove this key and write e.g. {dense: 100, activation: sigmoid}"));
        Optional<PluginChoice> hidden = slots.defaults(PluginKind.ACTIVATION, "network.activation",
                NetworkSpec.DEFAULT_ACTIVATION, network.node());
        Optional<PluginChoice> output = activation(network, "output-activation");
        Optional<Node> initNode = network.get("init");
        boolean fromModel = initNode.isPresent() && initNode.get() instanceof MappingNode;
        String init = fromModel ? NetworkSpec.DEFAULT_INIT : init(network);
        List<Integer> input = network.get("input").isPresent() ? inputShape(network.get("input").get()) : List.of();
        List<LayerSpec> stack = new LayerListReader(registry, log, source, values, slots)
                .read((org.yaml.snakeyaml.nodes.SequenceNode) layersNode, "network.layers", output);
        Optional<Path> file = fromModel ? initFrom.readLayered((MappingNode) initNode.get(), stack) : Optional.empty();
        if (stack == null || input == null || hidden.isEmpty() || output.isEmpty() || init == null
                || fromModel && file.isEmpty()) {
            return null;
        }
        return new NetworkSpec(List.of(), hidden.get(), output.get(), init, stack, input, file);
    }

    /** {@code [channels, height, width]} or {@code [units]}, positive whole numbers; null when wrong (logged). */
    private List<Integer> inputShape(Node node) {
        List<Integer> shape = new java.util.ArrayList<>();
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                Object value = item instanceof ScalarNode ? values.value(item) : null;
                if (value instanceof Integer n && n > 0) {
                    shape.add(n);
                }
            }
            if (shape.size() == sequence.getValue().size() && (shape.size() == 3 || shape.size() == 1)) {
                return shape;
            }
        }
        log.add(node, "network.input", "expected [channels, height, width] (or [units] for a flat input) in"
                + " positive whole numbers, got " + ScalarValues.describe(node) + " (e.g. [1, 28, 28])");
        return null;
    }

    private Optional<PluginChoice> activation(MappingReader network, String key) {
        String path = network.childPath(key);
        return network.get(key).isPresent()
                ? slots.read(PluginKind.ACTIVATION, path, network.get(key).get())
                : slots.defaults(PluginKind.ACTIVATION, path, NetworkSpec.DEFAULT_ACTIVATION, network.node());
    }

    private String init(MappingReader network) {
        Optional<Node> node = network.get("init");
        if (node.isEmpty()) {
            return NetworkSpec.DEFAULT_INIT;
        }
        String key = node.get() instanceof ScalarNode s && !ScalarValues.isNull(s) ? s.getValue() : null;
        if (key != null && INIT_KEY.matcher(key).matches() && Initializer.keys().contains(key)) {
            return key;
        }
        log.add(node.get(), "network.init", key == null
                ? "expected an initializer name or {from: MODEL_FILE}, got " + ScalarValues.describe(node.get())
                + " (valid: " + String.join(", ", Initializer.keys()) + ")"
                : Suggestions.unknown("initializer", key, Initializer.keys()));
        return null;
    }

    private TrainingSpec training(MappingReader top) {
        Optional<Node> node = top.get("training");
        if (node.isEmpty()) {
            return defaultTraining();
        }
        if (!(node.get() instanceof MappingNode mapping)) {
            log.add(node.get(), "training", "expected a mapping with epochs:, batch-size:, patience: and evaluate-train:, got "
                    + ScalarValues.describe(node.get()) + " (e.g. {epochs: 30, batch-size: 10})");
            return defaultTraining();
        }
        MappingReader training = new MappingReader(mapping, "training", TRAINING_KEYS, log, source, values);
        return new TrainingSpec(
                training.integer("epochs", TrainingSpec.DEFAULT_EPOCHS, 1),
                training.integer("batch-size", TrainingSpec.DEFAULT_BATCH_SIZE, 1),
                training.integer("patience", TrainingSpec.DEFAULT_PATIENCE, 0),
                training.bool("evaluate-train", TrainingSpec.DEFAULT_EVALUATE_TRAIN));
    }

    private static TrainingSpec defaultTraining() {
        return new TrainingSpec(TrainingSpec.DEFAULT_EPOCHS, TrainingSpec.DEFAULT_BATCH_SIZE,
                TrainingSpec.DEFAULT_PATIENCE, TrainingSpec.DEFAULT_EVALUATE_TRAIN);
    }
}
