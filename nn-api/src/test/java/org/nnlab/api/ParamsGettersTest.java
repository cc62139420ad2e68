package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed getters of {@link Params}, and {@link Params#defaults(Plugin)}. */
class ParamsGettersTest {
    private static final Params PARAMS = Params.resolve("sgd", ParamsTest.SGD,
            Map.of("learning-rate", 0.5, "epochs", 12, "nesterov", true, "schedule", "step"));

    @Test
    void returnsTypedValues() {
        assertEquals("sgd", PARAMS.pluginName(), "params know their plugin");
        assertEquals(0.5, PARAMS.number("learning-rate"), "number() returns a double");
        assertEquals(12, PARAMS.integer("epochs"), "integer() returns an int");
        assertEquals(12L, PARAMS.longInteger("epochs"), "longInteger() returns a long");
        assertEquals(true, PARAMS.bool("nesterov"), "bool() returns a boolean");
        assertEquals("step", PARAMS.string("schedule"), "string() returns text");
        assertEquals(Optional.of("step"), PARAMS.optionalString("schedule"), "optionalString() wraps text");
    }

    @Test
    void integer_valueBeyondIntRangeIsAUserErrorNotAGetterFailure() {
        UserException e = assertThrows(UserException.class,
                () -> Params.resolve("sgd", ParamsTest.SGD, Map.of("epochs", 3_000_000_000L)),
                "a whole number that does not fit an int is refused when validated, never truncated");
        assertEquals("epochs: sgd expects a whole number >= 1 (at most 2147483647 in size), got 3000000000 (e.g. 30)",
                e.getMessage());
    }

    @Test
    void rejectsUndeclaredKey_asProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARAMS.number("eta"),
                "asking for an undeclared key is a programming error");
        assertEquals("sgd declares no parameter eta", e.getMessage(), "the message names plugin and key");
    }

    @Test
    void rejectsGetterOfWrongType_asProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARAMS.number("epochs"),
                "epochs is an integer, not a number");
        assertEquals("sgd.epochs is INTEGER, not NUMBER", e.getMessage(), "the message names both types");
        assertThrows(IllegalArgumentException.class, () -> PARAMS.optionalPath("schedule"),
                "schedule is text, not a path");
    }

    @Test
    void asMap_isUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> PARAMS.asMap().put("epochs", 1L),
                "resolved values are immutable");
    }

    @Test
    void equalsDependsOnPluginAndValues() {
        Params same = Params.resolve("sgd", ParamsTest.SGD,
                Map.of("learning-rate", 0.5, "epochs", 12, "nesterov", true, "schedule", "step"));
        assertEquals(PARAMS, same, "same plugin and values are equal");
        assertEquals(PARAMS.hashCode(), same.hashCode(), "equal params have equal hash codes");
        assertNotEquals(PARAMS, Params.resolve("sgd", ParamsTest.SGD, Map.of()), "other values are not equal");
    }

    @Test
    void defaults_resolveThePluginsDeclaration() {
        Params params = Params.defaults(new DeclaringPlugin(List.of(ParamSpec.number("slope", 0.01, "leak"))));
        assertEquals(0.01, params.number("slope"), "defaults() fills every default");
        assertEquals("stub", params.pluginName(), "defaults() names the plugin");
    }

    @Test
    void defaults_failForRequiredParameter() {
        UserException e = assertThrows(UserException.class,
                () -> Params.defaults(new DeclaringPlugin(List.of(ParamSpec.path("dir", "files").required()))),
                "a required parameter has no default");
        assertFalse(e.problems().isEmpty(), "the exception carries the problem");
    }

    private record DeclaringPlugin(List<ParamSpec> parameters) implements Plugin {
        @Override
        public String name() {
            return "stub";
        }

        @Override
        public String description() {
            return "declares the given parameters";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }
    }
}
