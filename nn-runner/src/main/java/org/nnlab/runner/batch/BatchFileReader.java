package org.nnlab.runner.batch;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.nnlab.api.Echo;
import org.nnlab.api.Suggestions;
import org.nnlab.api.UserException;
import org.nnlab.core.RandomStreams;
import org.nnlab.runner.config.ConfigFile;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.ProblemLog;
import org.nnlab.runner.config.ScalarValues;
import org.nnlab.runner.config.SourceMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a batch file and checks it, collecting every problem. The part that is right is kept, so the runs it
 * gives can be checked too and all mistakes reported at once.
 */
public final class BatchFileReader {
    static final String BATCH = "batch";
    static final List<String> KEYS = List.of(BATCH, "base", "experiments", "set", "grid", "seeds", "repeats",
            "seed");
    static final int MAX_REPEATS = 1000;

    /** The batch file, or null when it has a problem no run can be made without; and every problem found. */
    record Result(BatchFile batch, ProblemLog problems) {
    }

    private final Path file;
    private final SourceMap source;
    private final ProblemLog problems;
    private final ScalarValues values = new ScalarValues();

    private BatchFileReader(Path file) {
        this.file = file;
        this.source = new SourceMap(file.toString());
        this.problems = new ProblemLog(source);
    }

    /** Reads {@code file}; a file that cannot be read or parsed is a {@link UserException}. */
    static Result read(Path file) {
        return new BatchFileReader(file).read();
    }

    /** Whether {@code file} is a batch file (a mapping with {@code batch:}) rather than an experiment. */
    public static boolean isBatchFile(Path file) {
        try {
            Node root = ConfigFile.composeNode(ConfigFile.read(file, file.toString()), new SourceMap(file.toString()));
            return root instanceof MappingNode mapping && mapping.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(BATCH));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Result read() {
        Node root = ConfigFile.composeNode(ConfigFile.read(file, file.toString()), source);
        if (!(root instanceof MappingNode mapping)) {
            throw new UserException(source.where(root) + ": expected a batch: a mapping with batch:, base: or"
                    + " experiments:, grid: and seeds: (see configs/batches/digits20-quick.yaml)");
        }
        Map<String, NodeTuple> fields = fields(mapping);
        String name = name(fields.get(BATCH), mapping);
        List<BatchFile.ConfigRef> configs = configs(fields, mapping);
        GridReader keys = new GridReader(problems, values);
        List<BatchFile.Setting> settings = fields.containsKey("set") ? keys.settings(fields.get("set").getValueNode())
                : List.of();
        List<BatchFile.GridAxis> grid = fields.containsKey("grid") ? keys.read(fields.get("grid").getValueNode())
                : List.of();
        List<Long> seeds = new ArrayList<>();
        String seedsWhere = seeds(fields, seeds);
        BatchFile batch = name == null || configs.isEmpty() ? null
                : new BatchFile(file, name, configs, settings, grid, seeds, seedsWhere);
        return new Result(batch, problems);
    }

    private Map<String, NodeTuple> fields(MappingNode mapping) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            if (key == null || !KEYS.contains(key)) {
                boolean experiment = key != null && List.of("dataset", "network", "loss", "training").contains(key);
                problems.add(tuple.getKeyNode(), key == null ? "" : key, key == null
                        ? "a key must be a plain word (valid: " + String.join(", ", KEYS) + ")"
                        : Suggestions.unknown("key", key, KEYS) + (experiment ? "; this looks like an experiment:"
                        + " run it with nn run, or name it in a batch file's base:" : ""));
            } else if (fields.containsKey(key)) {
                problems.add(tuple.getKeyNode(), key, "duplicate key; it is already set at "
                        + source.where(fields.get(key).getKeyNode()) + "; keep one");
            } else {
                fields.put(key, tuple);
            }
        }
        return fields;
    }

    private String name(NodeTuple tuple, MappingNode root) {
        if (tuple == null) {
            problems.add(root, BATCH, "missing; name the batch, e.g. \"batch: ch3-eta-lambda\" (it names the"
                    + " batch directory)");
            return null;
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode s && !ScalarValues.isNull(node) && ExperimentSpec.NAME.matcher(s.getValue())
                .matches()) {
            return s.getValue();
        }
        problems.add(node, BATCH, "expected a name of at most 100 letters, digits, '.', '_' or '-' (it names the batch"
                + " directory), got " + ScalarValues.describe(node) + " (e.g. ch3-eta-lambda)");
        return null;
    }

    private List<BatchFile.ConfigRef> configs(Map<String, NodeTuple> fields, MappingNode root) {
        List<BatchFile.ConfigRef> configs = new ArrayList<>();
        if (!fields.containsKey("base") && !fields.containsKey("experiments")) {
            problems.add(root, "base", "missing; give base: (the config the grid varies, e.g. base:"
                    + " ../quickstart.yaml) or experiments: (a list of configs), or both");
            return configs;
        }
        if (fields.containsKey("base")) {
            configPath(fields.get("base").getValueNode(), "base").ifPresent(configs::add);
        }
        if (fields.containsKey("experiments")) {
            Node node = fields.get("experiments").getValueNode();
            if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
                problems.add(node, "experiments", "expected a list of config files, relative to this file, got "
                        + ScalarValues.describe(node) + " (e.g. [../quickstart.yaml, ../digits20-400-25-10.yaml])");
                return configs;
            }
            Set<Path> seen = new HashSet<>();
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                Optional<BatchFile.ConfigRef> ref = configPath(item, "experiments[" + i + "]");
                if (ref.isPresent() && !seen.add(ref.get().path().toAbsolutePath().normalize())) {
                    problems.add(item, "experiments[" + i + "]", "the same config is listed twice; keep one");
                } else {
                    ref.ifPresent(configs::add);
                }
            }
        }
        return configs;
    }

    private Optional<BatchFile.ConfigRef> configPath(Node node, String key) {
        if (!(node instanceof ScalarNode scalar) || ScalarValues.isNull(node) || scalar.getValue().isBlank()) {
            problems.add(node, key, "expected the path of a config file, relative to this file, got "
                    + ScalarValues.describe(node) + " (e.g. ../quickstart.yaml)");
            return Optional.empty();
        }
        Path dir = file.toAbsolutePath().getParent();
        Path path = dir.resolve(scalar.getValue()).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = path.startsWith(cwd) ? cwd.relativize(path) : path;
        if (!Files.isRegularFile(path)) {
            String written = scalar.getValue();
            String fileName = path.getFileName().toString();
            String writtenDir = written.endsWith(fileName) ? written.substring(0, written.length() - fileName.length())
                    : "";
            problems.add(node, key, "no such file: " + Echo.cut(shown.toString()) + " (paths are relative to this file, in " + dir + "); "
                    + similar(path).map(name -> "did you mean " + Echo.quoted(writtenDir + name) + "?")
                    .orElse("check the path"));
            return Optional.empty();
        }
        return Optional.of(new BatchFile.ConfigRef(shown, source.where(node)));
    }

    /** The name of a YAML file beside {@code path} that is spelled like it. */
    private static Optional<String> similar(Path path) {
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return Suggestions.closest(path.getFileName().toString(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Fills {@code seeds} from seeds: or repeats: and seed:; returns where they are written, or null. */
    private String seeds(Map<String, NodeTuple> fields, List<Long> seeds) {
        NodeTuple list = fields.get("seeds");
        NodeTuple repeats = fields.get("repeats");
        NodeTuple root = fields.get("seed");
        if (list != null && repeats != null) {
            problems.add(repeats.getKeyNode(), "repeats", "give seeds: (the seeds themselves) or repeats: (a number"
                    + " of seeds derived from seed:), not both; remove one");
            return null;
        }
        if (root != null && repeats == null) {
            problems.add(root.getKeyNode(), "seed", "seed: is the root of the seeds repeats: derives, and there is"
                    + " no repeats:; remove it, or add repeats: N");
        }
        if (list != null) {
            seedList(list.getValueNode(), seeds);
            return source.where(list.getValueNode());
        }
        if (repeats != null) {
            Long count = wholeNumber(repeats.getValueNode(), "repeats", 1, MAX_REPEATS, "5");
            Long batchSeed = root == null ? Long.valueOf(0)
                    : wholeNumber(root.getValueNode(), "seed", Long.MIN_VALUE, Long.MAX_VALUE, "0");
            if (count != null && batchSeed != null) {
                seeds.addAll(derivedSeeds(batchSeed, count.intValue()));
            }
            return source.where(repeats.getValueNode());
        }
        return null;
    }

    private void seedList(Node node, List<Long> seeds) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(node, "seeds", "expected a list of whole numbers, got " + ScalarValues.describe(node)
                    + " (e.g. [1, 2, 3])");
            return;
        }
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            Long seed = wholeNumber(item, "seeds[" + i + "]", Long.MIN_VALUE, Long.MAX_VALUE, "1");
            if (seed != null && seeds.contains(seed)) {
                problems.add(item, "seeds[" + i + "]", "the seed " + seed + " is listed twice; keep one");
            } else if (seed != null) {
                seeds.add(seed);
            }
        }
    }

    private Long wholeNumber(Node node, String key, long min, long max, String example) {
        Object value = node instanceof ScalarNode ? values.value(node) : null;
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= min
                && ((Number) value).longValue() <= max) {
            return ((Number) value).longValue();
        }
        String range = min == Long.MIN_VALUE ? "a whole number" : "a whole number from " + min + " to " + max;
        problems.add(node, key, "expected " + range + ", got " + ScalarValues.describe(node) + " (e.g. " + example
                + ")" + (value instanceof BigInteger ? "; it does not fit 64 bits" : ""));
        return null;
    }

    /**
     * The seeds of {@code repeats: n}: the first n distinct values of
     * {@code new RandomStreams(seed).streamSeed("repeat-" + i) >>> 33} for i = 1, 2, ...: 31-bit, non-negative,
     * fixed by the batch seed alone.
     */
    public static List<Long> derivedSeeds(long batchSeed, int count) {
        RandomStreams streams = new RandomStreams(batchSeed);
        Set<Long> seeds = new java.util.LinkedHashSet<>();
        for (int i = 1; seeds.size() < count; i++) {
            seeds.add(streams.streamSeed("repeat-" + i) >>> 33);
        }
        return List.copyOf(seeds);
    }
}
