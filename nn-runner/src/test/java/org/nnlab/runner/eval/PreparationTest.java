package org.nnlab.runner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;

/** The preparation is measured on the training images: each dataset is prepared the way its digits were made. */
class PreparationTest {
    @Test
    void theEmbeddedDigits20FillFifteenPixelsAndAreCentredByMass() throws IOException {
        var prototype = PluginRegistry.builtIn().dataset("digits20");
        DataSplits data = prototype.configure(Params.defaults(prototype))
                .load(new DatasetContext(null, Path.of("unused")));
        assertEquals(new Preparation(15, Preparation.Centre.MASS), Preparation.measure(data.train(), 20, 20));
    }

    @Test
    void aBarOfSixPixelsPlacedByItsBox() {
        // 4 images of 10x10, each a 2x6 bar of full ink whose box centre is at the canvas centre, with a faint
        // tail that pulls the centre of mass away
        float[] features = new float[4 * 100];
        for (int i = 0; i < 4; i++) {
            for (int y = 2; y < 8; y++) {
                features[i * 100 + y * 10 + 4] = 1;
                features[i * 100 + y * 10 + 5] = 1;
            }
            for (int y = 2; y < 8; y++) {
                features[i * 100 + y * 10 + 6] = 0.19f;
            }
        }
        Examples examples = new Examples(100, 1, features, new int[4]);
        assertEquals(new Preparation(6, Preparation.Centre.BOX), Preparation.measure(examples, 10, 10));
    }

    @Test
    void writtenAndReadBack() {
        Preparation preparation = new Preparation(20, Preparation.Centre.MASS);
        assertEquals("fit 20, centre mass", preparation.toString());
        assertEquals(preparation, Preparation.parse("fit 20, centre mass", "m.nnm"));
        UserException e = assertThrows(UserException.class, () -> Preparation.parse("fit twenty", "m.nnm"));
        assertEquals("corrupt model file m.nnm: prepare \"fit twenty\" should read like \"fit 20, centre mass\""
                + " (centre mass or box)", e.getMessage());
    }
}
