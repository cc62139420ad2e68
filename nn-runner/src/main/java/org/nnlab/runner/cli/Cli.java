package org.nnlab.runner.cli;

import java.util.Objects;
import picocli.CommandLine;

/** The {@code nn} command line: its subcommands, bound to an {@link Environment}, with {@link ErrorReporter}. */
public final class Cli {
    private final Environment environment;

    public Cli(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment is null");
    }

    public int execute(String... args) {
        ErrorReporter reporter = new ErrorReporter(args);
        CommandLine commandLine = new CommandLine(new NnCommand(environment))
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter);
        try {
            return commandLine.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }
}
