package org.nnlab.runner;

import org.nnlab.runner.cli.Cli;
import org.nnlab.runner.cli.Environment;

/** {@code nn}: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Cli(Environment.system(args)).execute(args);
        System.exit(code);
    }
}
