package org.nnlab.runner.cli;

import java.util.concurrent.Callable;
import org.nnlab.runner.run.FrameworkInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nn}: the top command; its subcommands do the work. */
@Command(name = "nn", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = NnCommand.Version.class,
        description = "Fully-connected neural-network experiments written in YAML.",
        subcommands = {RunCommand.class, ValidateCommand.class, PluginsCommand.class, DescribeCommand.class,
                EvalCommand.class, PredictCommand.class, ExportCommand.class, BatchCommand.class, CompareCommand.class,
                NewPluginCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
final class NnCommand implements Callable<Integer> {
    private final Environment environment;

    @Spec
    CommandSpec spec;

    NnCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing"
                + "; e.g. nn run configs/quickstart.yaml");
    }

    /** The framework version for {@code nn --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nn " + FrameworkInfo.buildVersion()};
        }
    }
}
