package org.nnlab.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.batch.BatchBackend;
import org.nnlab.runner.batch.BatchEnvironment;
import org.nnlab.runner.batch.BatchStarter;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.batch.PlanFile;
import org.nnlab.runner.batch.ResultTable;
import org.nnlab.runner.plugins.LoadedPlugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn batch}: checks every run of a batch file, then runs them on a bounded pool into one batch directory;
 * or, with {@code --resume}, finishes a batch that was stopped. Exits 1 when a run failed.
 */
@Command(name = "batch", description = "Run a batch: configs x a grid of keys x seeds, several runs at once, into one"
        + " batch directory with " + BatchTables.RUNS + " and " + BatchTables.SUMMARY + "; --resume finishes a stopped"
        + " batch.")
final class BatchCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BATCH", description = "The batch file, YAML.")
    Path batchFile;

    @Option(names = "--resume", paramLabel = "BATCH_DIR",
            description = "Finish the batch in BATCH_DIR: completed runs are kept, unfinished ones run from their"
                    + " start.")
    Path resume;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs at once (default: the processors, as far as the heap has room). Results do not"
                    + " depend on it.")
    Integer parallel;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads per run (default: processors / parallel, at least 1; at most 4 per"
                    + " processor).")
    Integer threads;

    @Option(names = "--batch-dir", paramLabel = "DIR",
            description = "The batch directory, exactly; it must not exist (default: runs/<batch>-<timestamp>).")
    Path batchDir;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override a key of every run before validation (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    SparkOptions spark;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        if (!logging.verbose) {
            env.logs().hideRunDetailsOnConsole();
        }
        if ((batchFile == null) == (resume == null)) {
            throw new UserException(batchFile == null ? "nn batch: give a batch file (nn batch BATCH.yaml), or a batch"
                    + " directory to finish (nn batch --resume BATCH_DIR)" : "nn batch: give a batch file or --resume"
                    + " BATCH_DIR, not both; a resume reads its batch file from BATCH_DIR/" + PlanFile.NAME);
        }
        if (resume != null && (!overrides.isEmpty() || batchDir != null)) {
            throw new UserException("nn batch --resume: " + (batchDir != null ? "--batch-dir" : "--set")
                    + " cannot be given; the batch directory holds its --set arguments and is written in place");
        }
        Threads.check(threads);
        LoadedPlugins plugins = pluginOptions.load(env);
        BatchStarter.Outcome outcome;
        try (BatchBackend backend = spark.backend(parallel, threads, logging.verbose,
                String.valueOf((resume != null ? resume : batchFile).getFileName()))) {
            BatchStarter starter = new BatchStarter(environment(env, plugins.registry(), plugins.directories()),
                    parallel, threads, logging.quiet, backend);
            outcome = resume != null ? starter.resume(resume) : starter.start(batchFile, overrides, batchDir);
        }
        ResultTable table = new ResultTable();
        table.addPoints(ResultTable.byPoint(outcome.plan(), outcome.results()), "");
        env.out().print(table.render());
        env.out().println("batch directory: " + outcome.dir() + " (" + BatchTables.RUNS + ", " + BatchTables.SUMMARY
                + ")");
        if (outcome.failed() > 0) {
            env.err().println(outcome.failed() + " of " + outcome.results().size() + " runs failed; see "
                    + outcome.dir().resolve(BatchTables.RUNS) + " and each failed run's run.log");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    static BatchEnvironment environment(Environment env, PluginRegistry registry, List<Path> pluginDirectories) {
        return new BatchEnvironment(registry, pluginDirectories, env.datasets(), env.clock(), env.logs(), env.home(),
                env.commandLine());
    }
}
