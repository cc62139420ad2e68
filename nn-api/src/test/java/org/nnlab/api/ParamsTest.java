package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation of user input against declared parameters; the typed getters are in {@link ParamsGettersTest}. */
class ParamsTest {
    static final List<ParamSpec> SGD = List.of(
            ParamSpec.number("learning-rate", 0.1, "step size eta").positive(),
            ParamSpec.integer("epochs", 30, "passes over the training set").atLeast(1),
            ParamSpec.number("momentum", 0.0, "fraction of the last step kept").atLeast(0).atMost(1),
            ParamSpec.bool("nesterov", false, "look-ahead momentum"),
            ParamSpec.string("schedule", "constant", "how eta changes").oneOf("constant", "step"),
            ParamSpec.path("checkpoint", "where to save the network"));

    private static UserException rejected(Map<String, ?> raw) {
        return assertThrows(UserException.class, () -> Params.resolve("sgd", SGD, raw),
                "resolving " + raw + " should fail with a user's mistake");
    }

    private static Problem onlyProblem(Map<String, ?> raw) {
        List<Problem> problems = rejected(raw).problems();
        assertEquals(1, problems.size(), "one bad key, one problem: " + problems);
        return problems.get(0);
    }

    @Test
    void fillsDefaults_inDeclarationOrder() {
        Params params = Params.resolve("sgd", SGD, Map.of());
        assertEquals(Map.of("learning-rate", 0.1, "epochs", 30L, "momentum", 0.0, "nesterov", false,
                "schedule", "constant"), params.asMap(), "every default filled; an optional path has no value");
        assertEquals(List.of("learning-rate", "epochs", "momentum", "nesterov", "schedule"),
                List.copyOf(params.asMap().keySet()), "values keep the declaration order");
    }

    @Test
    void keepsGivenValues_overDefaults() {
        Params params = Params.resolve("sgd", SGD, Map.of("learning-rate", 0.5, "schedule", "step"));
        assertEquals(0.5, params.number("learning-rate"), "a given value replaces the default");
        assertEquals("step", params.string("schedule"), "a given choice replaces the default");
    }

    @Test
    void rejectsUnknownKey_withPluginSuggestionAndValidKeys() {
        Problem problem = onlyProblem(Map.of("learnin-rate", 0.5));
        assertEquals("learnin-rate", problem.path(), "the problem's path is the unknown key");
        assertEquals("unknown parameter of sgd \"learnin-rate\"; did you mean \"learning-rate\"? "
                        + "(valid: checkpoint, epochs, learning-rate, momentum, nesterov, schedule)",
                problem.message(), "the message names the plugin, the key, the closest key and the valid keys");
    }

    @Test
    void rejectsAnyKey_ofPluginWithoutParameters() {
        Problem problem = assertThrows(UserException.class,
                () -> Params.resolve("sigmoid", List.of(), Map.of("slope", 2)), "sigmoid declares no parameters")
                .problems().get(0);
        assertEquals("sigmoid takes no parameters; remove \"slope\"", problem.message(),
                "the message says the plugin takes nothing and what to remove");
    }

    @Test
    void rejectsTextForNumber_withExpectationAndExample() {
        Problem problem = onlyProblem(Map.of("learning-rate", "fast"));
        assertEquals("learning-rate", problem.path(), "the problem's path is the key");
        assertEquals("sgd expects a positive number, got \"fast\" (e.g. 0.1)", problem.message(),
                "the message gives what is expected, what was given (quoted text) and an example");
    }

    @Test
    void rejectsNumberOutOfRange() {
        assertEquals("sgd expects a positive number, got 0 (e.g. 0.1)",
                onlyProblem(Map.of("learning-rate", 0)).message(), "0 is not positive");
        assertEquals("sgd expects a number >= 0 and <= 1, got 1.5 (e.g. 0.0)",
                onlyProblem(Map.of("momentum", 1.5)).message(), "1.5 is above the upper bound 1");
    }

    @Test
    void acceptsBoundsOfAnInclusiveRange() {
        assertEquals(1.0, Params.resolve("sgd", SGD, Map.of("momentum", 1)).number("momentum"),
                "the upper bound itself is allowed");
        assertEquals(0.0, Params.resolve("sgd", SGD, Map.of("momentum", 0)).number("momentum"),
                "the lower bound itself is allowed");
    }

    @Test
    void rejectsNaN_forNumber() {
        assertEquals("sgd expects a positive number, got NaN (e.g. 0.1)",
                onlyProblem(Map.of("learning-rate", Double.NaN)).message(), "NaN (YAML .nan) is no number");
    }

    @Test
    void acceptsYamlInteger_forNumber() {
        Params params = Params.resolve("sgd", SGD, Map.of("learning-rate", 3));
        assertEquals(3.0, params.number("learning-rate"), "an integer is a valid number");
        assertEquals(3.0, params.asMap().get("learning-rate"), "the stored value is the number 3.0, not the int 3");
    }

    @Test
    void rejectsFraction_forInteger() {
        assertEquals("sgd expects a whole number >= 1, got 2.5 (e.g. 30)",
                onlyProblem(Map.of("epochs", 2.5)).message(), "2.5 is not a whole number");
    }

    @Test
    void acceptsIntLongAndBigInteger_forInteger() {
        assertEquals(7L, Params.resolve("sgd", SGD, Map.of("epochs", 7)).longInteger("epochs"), "an int");
        assertEquals(70L, Params.resolve("sgd", SGD, Map.of("epochs", 70L)).longInteger("epochs"), "a long");
        assertEquals(12L, Params.resolve("sgd", SGD, Map.of("epochs", BigInteger.valueOf(12)))
                .longInteger("epochs"), "a small BigInteger, as YAML parsers give for some literals");
    }

    @Test
    void rejectsIntegerBelowMinimum() {
        assertEquals("sgd expects a whole number >= 1, got 0 (e.g. 30)",
                onlyProblem(Map.of("epochs", 0)).message(), "0 epochs is below the minimum 1");
    }

    @Test
    void rejectsTextForBoolean() {
        assertEquals("sgd expects true or false, got \"yes\" (e.g. false)",
                onlyProblem(Map.of("nesterov", "yes")).message(), "only true and false are booleans");
    }

    @Test
    void rejectsValueOutsideChoices() {
        assertEquals("sgd expects one of: constant, step, got \"linear\" (e.g. constant)",
                onlyProblem(Map.of("schedule", "linear")).message(), "the message lists the choices");
    }

    @Test
    void rejectsBlankText() {
        assertEquals("checkpoint", onlyProblem(Map.of("checkpoint", " ")).path(), "a blank path is no path");
    }

    @Test
    void rejectsMissingRequiredParameter_withDescriptionAndExample() {
        List<ParamSpec> declared = List.of(ParamSpec.path("dir", "directory of the IDX files").required());
        UserException e = assertThrows(UserException.class, () -> Params.resolve("mnist", declared, Map.of()),
                "a required parameter must be given");
        assertEquals(List.of(new Problem("dir", "mnist needs this parameter: directory of the IDX files "
                + "(e.g. data/my-files)")), e.problems(), "the message names the plugin, describes the key and gives an example");
    }

    @Test
    void leavesOptionalPathEmpty_unlessGiven() {
        Params none = Params.resolve("sgd", SGD, Map.of());
        assertEquals(Optional.empty(), none.optionalPath("checkpoint"), "an optional path left out has no value");
        assertFalse(none.has("checkpoint"), "an optional path left out is not present");
        Params given = Params.resolve("sgd", SGD, Map.of("checkpoint", "runs/net.bin"));
        assertEquals(Optional.of(Path.of("runs/net.bin")), given.optionalPath("checkpoint"), "a given path is kept");
        assertTrue(given.has("checkpoint"), "a given path is present");
    }

    @Test
    void collectsEveryProblemAtOnce() {
        UserException e = rejected(Map.of("learning-rate", "fast", "epochs", 2.5, "colour", "red"));
        assertEquals(3, e.problems().size(), "three bad keys give three problems: " + e.problems());
        assertEquals(List.of("colour", "learning-rate", "epochs"), e.problems().stream().map(Problem::path).toList(),
                "unknown keys first, then declared keys in declaration order");
        assertEquals(3, e.getMessage().lines().count(), "the message has one line per problem");
        assertTrue(e.getMessage().startsWith("colour: unknown parameter of sgd \"colour\""),
                "each line starts with the key path: " + e.getMessage());
    }

    @Test
    void rejectsDeclaringOneParameterTwice() {
        List<ParamSpec> twice = List.of(ParamSpec.bool("fast", true, "a"), ParamSpec.bool("fast", false, "b"));
        assertThrows(IllegalArgumentException.class, () -> Params.resolve("sgd", twice, Map.of()),
                "a parameter declared twice is a programming error, not a user's mistake");
    }

    @Test
    void aNumberThatRoundsTo0InFloat32_isRefused() {
        Problem problem = onlyProblem(Map.of("learning-rate", 4.9e-324));
        assertEquals(new Problem("learning-rate", "sgd expects a positive number, got 4.9E-324, which rounds to 0"
                + " in float32, the precision training computes in (a size from 1.4E-45 to 3.4028235E38)"), problem);
    }

    @Test
    void aNumberThatOverflowsFloat32_isRefused() {
        Problem problem = onlyProblem(Map.of("momentum", 0.5, "learning-rate", 1e300));
        assertTrue(problem.message().contains("got 1.0E300, which overflows to infinity in float32"), problem::message);
    }

    @Test
    void float32sSmallestPositiveValue_isAccepted() {
        assertEquals(1.4e-45, Params.resolve("sgd", SGD, Map.of("learning-rate", 1.4e-45)).number("learning-rate"));
    }

    @Test
    void aLongTextValue_isEchoedCutShort() {
        Problem problem = onlyProblem(Map.of("schedule", "z".repeat(5000)));
        assertTrue(problem.message().contains("got \"" + "z".repeat(60) + "\"... (5000 characters)"),
                problem::message);
        assertTrue(problem.message().length() < 200, () -> "a short message: " + problem.message());
    }
}
