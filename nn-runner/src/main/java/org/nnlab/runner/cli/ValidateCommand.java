package org.nnlab.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.batch.BatchFileReader;
import org.nnlab.runner.batch.PlanReport;
import org.nnlab.runner.config.ConfigWriter;
import org.nnlab.runner.config.ExperimentLoader;
import org.nnlab.runner.config.LoadedConfig;
import org.nnlab.runner.config.PatienceCheck;
import org.nnlab.runner.wiring.DataModule;
import org.nnlab.runner.wiring.ExperimentModule;
import org.nnlab.runner.wiring.Injection;
import org.nnlab.runner.wiring.ModelModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nn validate}: a dry run. Prints every problem of every file, or each resolved config; trains nothing.
 * The layer sizes are checked against the data only with {@code --check-data}, which loads it.
 */
@Command(name = "validate", description = "Check experiments without training: print every problem of every file,"
        + " or the resolved config (every key, defaults filled); for a batch file, the plan of its runs.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "Experiment or batch files.")
    List<Path> configs;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE", description = "Override a key in every file (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--check-data", description = "Also load each dataset and check the layer sizes against it.")
    boolean checkData;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        env.logs().console(logging.quiet, logging.verbose);
        PluginRegistry registry = pluginOptions.load(env).registry();
        ExperimentLoader loader = new ExperimentLoader(registry);
        List<Problem> problems = new ArrayList<>();
        StringBuilder resolved = new StringBuilder();
        for (Path config : configs) {
            try {
                if (BatchFileReader.isBatchFile(config)) {
                    resolved.append(PlanReport.validate(config, overrides,
                            BatchCommand.environment(env, registry, List.of()), checkData));
                    continue;
                }
                LoadedConfig loaded = loader.load(config, overrides);
                if (checkData) {
                    checkData(env, registry, loaded);
                }
                if (configs.size() > 1) {
                    resolved.append("--- # ").append(config).append('\n');
                }
                resolved.append(new ConfigWriter().write(loaded.spec()));
            } catch (UserException e) {
                problems.addAll(e.problems());
            }
        }
        env.out().print(resolved);
        if (!checkData && problems.isEmpty()) {
            env.err().println("note: the layer sizes are checked against the data when it is loaded: by nn run,"
                    + " or by nn validate --check-data");
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return ExitCodes.OK;
    }

    private static void checkData(Environment env, PluginRegistry registry, LoadedConfig loaded) {
        try {
            var injector = Injection.create(List.of(new ExperimentModule(loaded.spec(), registry),
                    new DataModule(loaded.spec().dataset(), env.datasets()), new ModelModule(loaded.spec().network())));
            Injection.instance(injector, Network.class);
            PatienceCheck.requireValidation(loaded.spec(), Injection.instance(injector, DataSplits.class)
                    .validation().count());
        } catch (UserException e) {
            throw loaded.locate(e);
        }
    }
}
