package org.nnlab.runner.cli;

import picocli.CommandLine.Option;

/** {@code --best}, shared by the commands that load a run's model ({@code eval}, {@code predict}). */
final class ModelOptions {
    @Option(names = "--best", description = "Use best.nnm, the model of the epoch with the best validation"
            + " accuracy, instead of the last epoch's model.nnm.")
    boolean best;
}
