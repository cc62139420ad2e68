package org.example.nnapi;

import java.nio.file.Path;
import java.util.Locale;
import org.nnlab.api.UserException;
import org.nnlab.runner.api.Experiment;
import org.nnlab.runner.api.Model;
import org.nnlab.runner.api.Prediction;
import org.nnlab.runner.api.RunResult;

/**
 * Trains {@code experiment.yaml} (overriding one key), prints each epoch's figures as they come, then classifies
 * the given digit images with the run's best model.
 *
 * <pre>java --add-modules jdk.incubator.vector -jar target/nn-java-api-example-1.0-SNAPSHOT.jar \
 *     experiment.yaml runs images/*.png</pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Main EXPERIMENT.yaml RUNS_DIR [IMAGE...]");
            System.exit(2);
        }
        try {
            RunResult run = Experiment.load(Path.of(args[0]))
                    .override("optimizer.learning-rate=0.4")
                    .withRunsDirectory(Path.of(args[1]))
                    .run(epoch -> System.out.printf(Locale.ROOT, "epoch %d: train accuracy %.4f, validation"
                            + " accuracy %.4f, test accuracy %.4f%n", epoch.number(), epoch.trainAccuracy(),
                            epoch.validationAccuracy(), epoch.testAccuracy()));
            System.out.println("run directory " + run.directory());
            System.out.println("best epoch " + run.bestEpoch());

            Model model = Model.loadBest(run.directory());
            for (int i = 2; i < args.length; i++) {
                Prediction prediction = model.predict(Path.of(args[i]));
                System.out.printf(Locale.ROOT, "%s: %s (%.1f%%)%n", args[i], prediction.label(),
                        100 * prediction.probability());
            }
        } catch (UserException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
