package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> ACTIVATIONS = List.of("softmax", "relu", "sigmoid");

    @Test
    void suggestsClosestName_forMissingLetter() {
        assertEquals(Optional.of("sigmoid"), Suggestions.closest("sigmod", ACTIVATIONS),
                "\"sigmod\" is one deletion away from \"sigmoid\"");
    }

    @Test
    void countsSwapOfNeighboursAsOneEdit() {
        assertEquals(1, Suggestions.distance("sigmiod", "sigmoid"), "a transposition is one edit");
        assertEquals(Optional.of("sigmoid"), Suggestions.closest("sigmiod", ACTIVATIONS),
                "a transposed pair of letters should still find \"sigmoid\"");
    }

    @Test
    void ignoresCase_whenMatching() {
        assertEquals(Optional.of("relu"), Suggestions.closest("ReLU", ACTIVATIONS),
                "case differences alone should not prevent a suggestion");
    }

    @Test
    void suggestsFullName_forPrefix() {
        assertEquals(Optional.of("softmax"), Suggestions.closest("soft", ACTIVATIONS),
                "a prefix of three or more letters should suggest the full name");
    }

    @Test
    void suggestsNothing_forUnrelatedName() {
        assertEquals(Optional.empty(), Suggestions.closest("banana", ACTIVATIONS),
                "an unrelated name should get no suggestion");
        assertEquals(Optional.empty(), Suggestions.closest("xyz", ACTIVATIONS),
                "a short unrelated name should get no suggestion");
    }

    @Test
    void suggestsNothing_whenThereAreNoCandidates() {
        assertEquals(Optional.empty(), Suggestions.closest("relu", List.of()), "no candidates, no suggestion");
    }

    @Test
    void breaksTiesAlphabetically_whateverTheCandidateOrder() {
        assertEquals(Optional.of("mae"), Suggestions.closest("mbe", List.of("mse", "mae")),
                "of two equally close names the alphabetically first should win");
        assertEquals(Optional.of("mae"), Suggestions.closest("mbe", List.of("mae", "mse")),
                "the suggestion should not depend on the order of the candidates");
    }

    @Test
    void unknown_namesTheThingSuggestsAndListsValidNamesSorted() {
        assertEquals("unknown activation \"sigmod\"; did you mean \"sigmoid\"? (valid: relu, sigmoid, softmax)",
                Suggestions.unknown("activation", "sigmod", ACTIVATIONS),
                "the standard message: what, the given name, the suggestion, the sorted valid names");
    }

    @Test
    void unknown_omitsSuggestion_forUnrelatedName() {
        assertEquals("unknown activation \"banana\" (valid: relu, sigmoid, softmax)",
                Suggestions.unknown("activation", "banana", ACTIVATIONS),
                "an unrelated name gets the valid list but no \"did you mean\"");
    }

    @Test
    void unknown_saysNone_whenNothingIsValid() {
        assertEquals("unknown loss \"mse\" (valid: none)", Suggestions.unknown("loss", "mse", List.of()),
                "an empty valid list should read \"none\"");
    }
}
