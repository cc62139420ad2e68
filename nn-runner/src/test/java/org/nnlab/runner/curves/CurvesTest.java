package org.nnlab.runner.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurvesTest {
    private static final String METRICS = """
            epoch,train_cost,train_accuracy,validation_cost,validation_accuracy,test_cost,test_accuracy,train_seconds,eval_seconds
            1,0.88,0.89,1.27,0.886,1.02,0.895,1.000,0.046
            2,0.75,0.90,1.35,0.912,1.00,0.900,0.270,0.012
            3,0.62,0.92,1.37,0.912,0.95,0.905,0.060,0.030
            """;

    @Test
    void readsColumnsByTheirHeader() {
        Curves curves = Curves.parse(METRICS);
        assertEquals(3, curves.size());
        assertEquals(2, curves.epoch(1));
        assertArrayEquals(new double[] {0.895, 0.900, 0.905}, curves.values("test_accuracy"));
        assertArrayEquals(new double[] {0.88, 0.75, 0.62}, curves.values(Curves.column("train", "cost")));
        assertTrue(curves.problems().isEmpty(), curves.problems()::toString);
    }

    @Test
    void theBestValidationEpochIsTheFirstHighest() {
        assertEquals(2, Curves.parse(METRICS).bestValidationEpoch(), "0.912 first reached at epoch 2");
    }

    @Test
    void anEmptyCellIsNaN_andASetWithoutNumbersIsNotThere() {
        Curves curves = Curves.parse("""
                epoch,train_cost,train_accuracy,test_accuracy
                1,,,0.5
                2,,,0.6
                """);
        assertTrue(Double.isNaN(curves.values("train_cost")[0]));
        assertFalse(curves.has("train_cost"), "a column of empty cells has nothing to draw");
        assertTrue(curves.has("test_accuracy"));
        assertEquals(0, curves.bestValidationEpoch(), "no validation set, no best validation epoch");
    }

    @Test
    void anotherColumnOrderAndUnknownColumnsStillRead() {
        Curves curves = Curves.parse("test_accuracy,epoch,learning_rate\n0.7,1,0.5\n0.8,2,0.25\n");
        assertArrayEquals(new double[] {0.7, 0.8}, curves.values("test_accuracy"));
        assertArrayEquals(new double[] {0.5, 0.25}, curves.values("learning_rate"));
        assertEquals(List.of("test_accuracy", "epoch", "learning_rate"), curves.columns());
        assertEquals(0, curves.values("validation_accuracy").length, "a column the file lacks is empty");
    }

    @Test
    void rowsThatDoNotParseAreLeftOutAndNamed() {
        Curves curves = Curves.parse("epoch,test_accuracy\n1,0.5\n2,0.6,9\n3,abc\n4,0.8\n");
        assertEquals(2, curves.size(), "rows 1 and 4 read");
        assertEquals(4, curves.epoch(1));
        assertEquals(2, curves.problems().size(), curves.problems()::toString);
        assertTrue(curves.problems().get(0).contains("line 3"), curves.problems()::toString);
    }

    @Test
    void aFileWithoutAnEpochColumnIsAProblem() {
        Curves curves = Curves.parse("step,test_accuracy\n1,0.5\n");
        assertEquals(0, curves.size());
        assertTrue(curves.problems().get(0).contains("no epoch column"), curves.problems()::toString);
    }
}
