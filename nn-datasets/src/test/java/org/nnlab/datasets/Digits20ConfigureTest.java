package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Params;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;

/** Settings are checked together when configured, before any file is read. */
class Digits20ConfigureTest {
    private static UserException rejected(Map<String, Object> settings) {
        Digits20Dataset prototype = new Digits20Dataset();
        return assertThrows(UserException.class, () -> prototype.configure(Params.resolve(prototype, settings)));
    }

    private static List<String> paths(UserException e) {
        return e.problems().stream().map(Problem::path).toList();
    }

    @Test
    void twoSources_areAnError() {
        UserException e = rejected(Map.of("csv", "a.csv", "mat", "b.mat"));
        assertEquals(List.of("mat"), paths(e));
        assertTrue(e.getMessage().contains("only one source") && e.getMessage().contains("csv and mat"),
                e.getMessage());
    }

    @Test
    void settingsOfAnotherSource_areErrors_allAtOnce() {
        UserException e = rejected(Map.of("csv", "a.csv", "cell", 20, "rows-per-class", 5));
        assertEquals(List.of("cell", "rows-per-class"), paths(e));
        assertTrue(e.getMessage().contains("applies to image only, not to csv"), e.getMessage());
    }

    @Test
    void labelsWithoutCsv_andPixelOrderWithTheEmbeddedImage_areErrors() {
        UserException e = rejected(Map.of("labels", "y.csv", "pixel-order", "row-major"));
        assertEquals(List.of("labels", "pixel-order"), paths(e));
        assertTrue(e.getMessage().contains("not to the embedded images"), e.getMessage());
    }

    @Test
    void configureReadsNoFile() {
        Digits20Dataset prototype = new Digits20Dataset();
        prototype.configure(Params.resolve(prototype, Map.of("csv", "/no/such/file.csv", "labels", "/no/such/y.csv")));
        prototype.configure(Params.resolve(prototype, Map.of("mat", "/no/such/file.mat")));
        prototype.configure(Params.resolve(prototype, Map.of("image", "/no/such/file.png", "cell", 28)));
    }
}
