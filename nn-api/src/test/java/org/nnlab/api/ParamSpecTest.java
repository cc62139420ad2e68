package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParamSpecTest {

    @Test
    void describesPositiveAndNonNegativeNumbers() {
        assertEquals("a positive number", ParamSpec.number("eta", 0.1, "d").positive().expectation(),
                "positive() reads as \"a positive number\"");
        assertEquals("a non-negative whole number", ParamSpec.integer("n", 0, "d").atLeast(0).expectation(),
                "atLeast(0) on an integer reads as \"a non-negative whole number\"");
    }

    @Test
    void describesRangesWithPlainBounds() {
        assertEquals("a number >= 0 and <= 1", ParamSpec.number("p", 0.5, "d").atLeast(0).atMost(1).expectation(),
                "whole bounds print without a fraction");
        assertEquals("a whole number >= 1", ParamSpec.integer("epochs", 30, "d").atLeast(1).expectation(),
                "a whole number's bound prints as a whole number");
        assertEquals("a number <= 0.5", ParamSpec.number("p", 0.1, "d").atMost(0.5).expectation(),
                "a fractional bound keeps its fraction");
    }

    @Test
    void describesChoicesAndOtherTypes() {
        assertEquals("one of: a, b", ParamSpec.string("s", "a", "d").oneOf("a", "b").expectation(), "choices listed");
        assertEquals("true or false", ParamSpec.bool("b", true, "d").expectation(), "booleans");
        assertEquals("a path", ParamSpec.path("dir", "d").expectation(), "paths");
    }

    @Test
    void pathIsOptionalWithoutDefault_untilRequired() {
        ParamSpec optional = ParamSpec.path("dir", "d");
        assertFalse(optional.isRequired(), "a path is optional by default");
        assertNull(optional.defaultValue(), "a path has no default");
        assertTrue(optional.required().isRequired(), "required() makes it required");
    }

    @Test
    void required_dropsTheDefault() {
        assertNull(ParamSpec.number("eta", 0.1, "d").required().defaultValue(), "a required parameter has no default");
    }

    @Test
    void exampleIsTheDefault_orAValueInRange() {
        assertEquals("0.1", ParamSpec.number("eta", 0.1, "d").positive().example(), "the default when there is one");
        assertEquals("1", ParamSpec.integer("n", 5, "d").positive().required().example(),
                "without a default, the smallest positive whole number");
        assertEquals("a", ParamSpec.string("s", "b", "d").oneOf("a", "b").required().example(),
                "without a default, the first choice");
    }

    @Test
    void toString_summarisesTheDeclaration() {
        assertEquals("learning-rate (a positive number, default 0.1): step size",
                ParamSpec.number("learning-rate", 0.1, "step size").positive().toString(),
                "name, expectation, default and description");
        assertEquals("dir (a path, required): IDX files", ParamSpec.path("dir", "IDX files").required().toString(),
                "a required parameter says so");
    }
}
