package org.nnlab.runner.run;

import java.nio.file.Path;
import org.nnlab.core.TrainingResult;

/** A finished run: its directory and what training gave. */
public record RunOutcome(Path dir, TrainingResult result) {
}
