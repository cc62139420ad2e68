package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.nnlab.api.UserException;
import org.nnlab.runner.run.RunFailedException;
import picocli.CommandLine;

/**
 * How a command ends when something goes wrong. A user's mistake (a {@link UserException}, a bad option)
 * prints its message alone and exits {@link ExitCodes#USAGE}; a run that failed, or an I/O failure, prints its
 * message and exits {@link ExitCodes#FAILED}; a bug prints its stack trace. {@code --verbose} adds the trace to
 * everything.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    ErrorReporter(String[] args) {
        this.verbose = List.of(args).contains("--verbose") || List.of(args).contains("-v");
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        line.append(" (see '").append(name).append(" --help')");
        err.println(line);
        if (verbose) {
            e.printStackTrace(err);
        }
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof UserException) {
            err.println(e.getMessage());
            trace(err, e);
            return ExitCodes.USAGE;
        }
        if (e instanceof RunFailedException failed) {
            Throwable cause = failed.getCause();
            boolean bug = !(cause instanceof UserException || cause instanceof UncheckedIOException);
            err.println((bug ? "run failed with an internal error: " : "run failed: ") + describe(cause));
            err.println("(" + failed.onDisk() + ")");
            if (bug) {
                cause.printStackTrace(err);
            } else {
                trace(err, cause);
            }
            return ExitCodes.FAILED;
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            err.println("error: " + describe(e));
            trace(err, e);
            return ExitCodes.FAILED;
        }
        err.println("internal error (please report it with the trace below): " + e);
        e.printStackTrace(err);
        return ExitCodes.FAILED;
    }

    private static String describe(Throwable e) {
        if (e instanceof UncheckedIOException io) {
            return io.getMessage() + " (" + io.getCause() + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void trace(PrintWriter err, Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
