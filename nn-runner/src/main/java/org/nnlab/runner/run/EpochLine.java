package org.nnlab.runner.run;

import java.util.Locale;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;

/** The one console line per epoch: {@code epoch  3/30  train 0.3214 92.40%  validation ...  (1.21 s + 0.40 s)}. */
final class EpochLine {
    private EpochLine() {
    }

    static String format(EpochMetrics m, int epochs) {
        int width = String.valueOf(epochs).length();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %" + width + "d/%d", m.epoch(), epochs));
        set(line, "train", m.train());
        set(line, "validation", m.validation());
        set(line, "test", m.test());
        line.append(String.format(Locale.ROOT, "  (%.2f s + %.2f s eval)", m.trainSeconds(), m.evalSeconds()));
        return line.toString();
    }

    private static void set(StringBuilder line, String name, Evaluation e) {
        if (e.count() == 0 || Double.isNaN(e.accuracy())) {
            return;
        }
        line.append(String.format(Locale.ROOT, "  %s %.4f %.2f%%", name, e.cost(), 100 * e.accuracy()));
    }
}
