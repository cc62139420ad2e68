package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.report.HtmlReport;
import org.nnlab.runner.run.AtomicFiles;
import org.nnlab.runner.run.FrameworkInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nn report DIR... [-o report.html]}: one self-contained HTML page of runs and batches. */
@Command(name = "report", description = "Write one self-contained HTML page of runs and batches: configs side by side,"
        + " learning curves, the grid's mean +- sd, confusion matrices, provenance. Opens with no network.")
final class ReportCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @ParentCommand
    NnCommand parent;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run directories (nn run) and batch directories"
            + " (nn batch).")
    List<Path> dirs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The page to write (default: report.html).")
    Path output = Path.of("report.html");

    @Option(names = "--no-eval", description = "Leave out the confusion matrices (no model is run on its test set).")
    boolean noEval;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        Path parentDir = output.toAbsolutePath().getParent();
        AtomicFiles.requireWritableFile(output, "-o", "report.html");
        if (parentDir != null && !Files.isDirectory(parentDir)) {
            throw new UserException("-o " + output + ": its directory " + parentDir + " does not exist; give a file"
                    + " name, e.g. -o report.html");
        }
        HtmlReport report = HtmlReport.read(dirs);
        if (!noEval) {
            PluginRegistry registry = pluginOptions.load(env).registry();
            TestSets testSets = new TestSets(env, registry, report.runDirs());
            report = report.evaluate(testSets::evaluate);
        }
        String generated = "Generated " + STAMP.format(env.clock().instant().atZone(ZoneOffset.UTC)) + " by nn "
                + FrameworkInfo.buildVersion() + " from " + dirs.stream().map(Path::toString)
                .collect(Collectors.joining(", "));
        try {
            AtomicFiles.write(output, report.html(generated));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + output, e);
        }
        env.out().println("wrote " + output + ": " + report.describe());
        return ExitCodes.OK;
    }
}
