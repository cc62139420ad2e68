package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;
import org.nnlab.runner.curves.Curves;
import org.nnlab.runner.curves.CurvesPng;

/** The typed rows the chart gets are what {@code metrics.csv} says, without parsing it. */
class MetricsTableTest {
    private static MetricsTable table() {
        MetricsTable table = new MetricsTable();
        for (int epoch = 1; epoch <= 3; epoch++) {
            Evaluation train = new Evaluation(1.0 / (epoch + 0.3), 0.9 / (epoch + 0.1), 0.1 * epoch + 0.0123, 7, 10);
            Evaluation validation = epoch == 2 ? Evaluation.NONE
                    : new Evaluation(0.7 / epoch, 0.6 / epoch, 0.8 + epoch / 97.0, 8, 10);
            table.add(new EpochMetrics(epoch, train, validation, Evaluation.NONE, 1.23456 * epoch, 0.1, 0.5 / epoch));
        }
        return table;
    }

    @Test
    void curvesHoldTheRowsOfTheCsv_exactly() {
        MetricsTable table = table();
        Curves typed = table.curves();
        Curves parsed = Curves.parse(table.csv());
        assertEquals(parsed.columns(), typed.columns());
        assertEquals(3, typed.size());
        for (int r = 0; r < typed.size(); r++) {
            assertEquals(parsed.epoch(r), typed.epoch(r));
        }
        for (String column : parsed.columns()) {
            if (column.equals(Curves.EPOCH) || column.endsWith("_seconds")) {
                continue;
            }
            assertArrayEquals(parsed.values(column), typed.values(column), column);
        }
        assertEquals(3, typed.bestValidationEpoch(), "epoch 2 has no validation accuracy");
        assertEquals(List.of(), typed.problems());
    }

    @Test
    void curvesPngIsTheSameWhetherFromTheRowsOrFromTheText() throws IOException {
        MetricsTable table = table();
        assertArrayEquals(CurvesPng.render("run: learning curves", Curves.parse(table.csv())),
                CurvesPng.render("run: learning curves", table.curves()));
    }
}
