package org.nnlab.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;

class ExperimentLoaderTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();
    private static final Path ISSUE_YAML = Path.of("..", "configs", "ch3-cross-entropy-l2.yaml");

    private static LoadedConfig load(String yaml, String... overrides) {
        return new ExperimentLoader(REGISTRY).load(Path.of("experiment.yaml"), "experiment.yaml", yaml,
                List.of(overrides));
    }

    private static String errors(String yaml, String... overrides) {
        return assertThrows(UserException.class, () -> load(yaml, overrides)).getMessage();
    }

    @Test
    void readsTheIssueYaml_withDefaultsFilled() throws Exception {
        ExperimentSpec spec = new ExperimentLoader(REGISTRY).load(ISSUE_YAML, List.of()).spec();
        assertEquals("ch3-cross-entropy-l2", spec.name());
        assertEquals(42, spec.seed());
        assertEquals("mnist", spec.dataset().name());
        assertEquals(10_000L, spec.dataset().values().get("validation"));
        assertEquals(List.of(784, 100, 10), spec.network().layers());
        assertEquals("sigmoid", spec.network().outputActivation().name());
        assertEquals("scaled-gaussian", spec.network().init());
        assertEquals("cross-entropy", spec.loss().name());
        assertEquals(0.5, spec.optimizer().params().number("learning-rate"));
        assertEquals(5.0, spec.optimizer().params().number("l2"));
        assertEquals(0.0, spec.optimizer().params().number("momentum"));
        assertEquals(new TrainingSpec(30, 10, 0, true), spec.training());
    }

    @Test
    void resolvedConfigRoundTrips() throws Exception {
        ExperimentSpec spec = new ExperimentLoader(REGISTRY).load(ISSUE_YAML, List.of()).spec();
        String resolved = new ConfigWriter().write(spec);
        ExperimentSpec again = load(resolved).spec();
        assertEquals(spec, again, "validating the resolved config gives the same spec");
        assertEquals(resolved, new ConfigWriter().write(again), "and renders to the same text");
    }

    @Test
    void readsASchedule_andDefaultsToConstant() {
        String base = "dataset: toy\nnetwork: {layers: [16, 8, 4]}\nloss: quadratic\n";
        assertEquals("constant", load(base).spec().schedule().name(), "no schedule: the optimizer's rate throughout");
        ExperimentSpec spec = load(base + "schedule:\n  name: plateau\n  patience: 5\n").spec();
        assertEquals("plateau", spec.schedule().name());
        assertEquals(5, spec.schedule().params().integer("patience"));
        assertEquals(spec, load(new ConfigWriter().write(spec)).spec(), "the resolved config keeps it");
    }

    @Test
    void setsAScheduleParameterOnABareName() {
        String yaml = "dataset: toy\nnetwork: {layers: [16, 8, 4]}\nloss: quadratic\nschedule: plateau\n";
        ExperimentSpec spec = load(yaml, "schedule.patience=3").spec();
        assertEquals("plateau", spec.schedule().name());
        assertEquals(3, spec.schedule().params().integer("patience"), "--set on a bare slot name, as for optimizer");
    }

    @Test
    void rejectsABadScheduleParameter_atItsLineAndColumn() {
        String message = errors("dataset: toy\nnetwork: {layers: [16, 8, 4]}\nloss: quadratic\n"
                + "schedule:\n  name: step\n  every: 0\n  factr: 0.5\n");
        assertEquals("experiment.yaml:6:10: schedule.every: step expects a whole number >= 1, got 0 (e.g. 10)\n"
                + "experiment.yaml:7:3: schedule.factr: unknown parameter of step \"factr\"; did you mean \"factor\"?"
                + " (valid: every, factor)", message);
    }

    @Test
    void aBareSlotNameAndAMappingAreTheSame() {
        String base = "dataset: toy\nnetwork: {layers: [16, 8, 4]}\nloss: quadratic\n";
        assertEquals(load(base + "optimizer: sgd\n").spec(), load(base + "optimizer: {name: sgd}\n").spec());
    }

    @Test
    void rejectsUnknownKey_withDidYouMean() {
        String message = errors("dataset: toy\nnetwork:\n  layers: [16, 4]\n  activaton: sigmoid\nloss: quadratic\n");
        assertEquals("experiment.yaml:4:3: network.activaton: unknown key \"activaton\"; did you mean \"activation\"?"
                + " (valid: activation, init, input, layers, output-activation)", message);
    }

    @Test
    void rejectsUnknownPlugin_withDidYouMean() {
        String message = errors("dataset: toy\nnetwork:\n  layers: [16, 4]\n  activation: sigmod\nloss: quadratic\n");
        assertEquals("experiment.yaml:4:15: network.activation: unknown activation \"sigmod\"; did you mean"
                + " \"sigmoid\"? (valid: identity, relu, sigmoid, softmax, tanh)", message);
    }

    @Test
    void rejectsAWrongTypeForAPluginParameter() {
        String message = errors("dataset: toy\nnetwork: {layers: [16, 4]}\nloss: quadratic\n"
                + "optimizer:\n  name: sgd\n  learning-rate: fast\n");
        assertEquals("experiment.yaml:6:18: optimizer.learning-rate: sgd expects a positive number, got \"fast\""
                + " (e.g. 0.1)", message);
    }

    @Test
    void collectsEveryProblemInOnePass_inFileOrder() {
        String message = errors("""
                seed: many
                dataset: toy
                network:
                  layers: [16, 0, 4]
                  init: ones
                loss: quadratik
                optimizer: {name: sgd, learning-rate: 0, l3: 1}
                training:
                  epochs: 0
                  batch-size: -5
                  evaluate-train: maybe
                """);
        List<String> lines = message.lines().toList();
        assertEquals(List.of(
                "experiment.yaml:1:7: seed: expected a whole number, got \"many\" (e.g. 42)",
                "experiment.yaml:4:16: network.layers[1]: expected a positive whole number of units, got 0 (e.g. [784, 30, 10])",
                "experiment.yaml:5:9: network.init: unknown initializer \"ones\" (valid: fan-out, gaussian, he, scaled-gaussian, xavier, zeros)",
                "experiment.yaml:6:7: loss: unknown loss \"quadratik\"; did you mean \"quadratic\"? (valid: cross-entropy, log-likelihood, quadratic)",
                "experiment.yaml:7:39: optimizer.learning-rate: sgd expects a positive number, got 0 (e.g. 0.1)",
                "experiment.yaml:7:42: optimizer.l3: unknown parameter of sgd \"l3\"; did you mean \"l2\"? (valid: l2, learning-rate, momentum, nesterov)",
                "experiment.yaml:9:11: training.epochs: expected a positive whole number, got 0 (e.g. 30)",
                "experiment.yaml:10:15: training.batch-size: expected a positive whole number, got -5 (e.g. 10)",
                "experiment.yaml:11:19: training.evaluate-train: expected true or false, got \"maybe\" (e.g. true)"),
                lines);
    }

    @Test
    void reportsMalformedYamlAtItsPlace() {
        String message = errors("dataset: toy\nnetwork:\n  layers: [16, 4\nloss: quadratic\n");
        assertEquals("experiment.yaml:4:5: malformed YAML: while parsing a flow sequence: expected ',' or ']', but got :"
                + "; check the indentation, the colons and the quoting here (or on the line above)", message);
    }

    @Test
    void reportsMissingRequiredKeys() {
        String message = errors("name: x\n");
        assertEquals(List.of(
                "experiment.yaml:1:1: dataset: missing; name the data to train on, e.g. \"dataset: digits20\""
                        + " (valid: " + String.join(", ", REGISTRY.names(PluginKind.DATASET)) + ")",
                "experiment.yaml:1:1: network: missing; describe the layers, e.g. \"network: {layers: [784, 30, 10]}\"",
                "experiment.yaml:1:1: loss: missing; name the cost function, e.g. \"loss: cross-entropy\""
                        + " (valid: cross-entropy, log-likelihood, quadratic)"),
                message.lines().toList());
    }

    @Test
    void setOverridesValues_andTurnsABareSlotIntoAMapping() {
        ExperimentSpec spec = load("dataset: toy\nnetwork: {layers: [16, 4]}\nloss: quadratic\noptimizer: sgd\n",
                "optimizer.l2=2", "training.epochs=3", "network.layers=[16, 8, 4]", "dataset.train=50").spec();
        assertEquals(2.0, spec.optimizer().params().number("l2"));
        assertEquals(3, spec.training().epochs());
        assertEquals(List.of(16, 8, 4), spec.network().layers());
        assertEquals(50L, spec.dataset().values().get("train"));
    }

    @Test
    void setOnASlotLeftOut_usesItsDefaultPlugin() {
        ExperimentSpec spec = load("dataset: toy\nnetwork: {layers: [16, 4]}\nloss: quadratic\n",
                "optimizer.learning-rate=0.7").spec();
        assertEquals("sgd", spec.optimizer().name());
        assertEquals(0.7, spec.optimizer().params().number("learning-rate"));
    }

    @Test
    void setOnAKeyThatDoesNotExist_isAnError() {
        String message = errors("dataset: toy\nnetwork: {layers: [16, 4]}\nloss: quadratic\n", "training.epohcs=3");
        assertEquals("--set training.epohcs=3: training.epohcs: unknown key \"epohcs\"; did you mean \"epochs\"?"
                + " (valid: batch-size, epochs, evaluate-train, patience)", message);
    }

    @Test
    void setOnASingleValue_isAnError() {
        String message = errors("seed: 1\ndataset: toy\nnetwork: {layers: [16, 4]}\nloss: quadratic\n", "seed.x=3");
        assertEquals("--set seed.x=3: seed: is a single value, not a section, so it has no key \"x\";"
                + " set it whole with --set seed=VALUE", message);
    }

    @Test
    void locatesLaterProblemsByKeyPath() {
        LoadedConfig config = load("dataset: toy\nnetwork:\n  layers: [16, 4]\nloss: quadratic\n");
        UserException located = config.locate(new UserException("network.layers", "the input layer is wrong"));
        assertEquals("experiment.yaml:3:11: network.layers: the input layer is wrong", located.getMessage());
    }
}
