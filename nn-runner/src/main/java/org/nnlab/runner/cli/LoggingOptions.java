package org.nnlab.runner.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands that log. */
final class LoggingOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print warnings and errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print debug messages, and stack traces with errors.")
    boolean verbose;
}
