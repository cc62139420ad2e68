package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nnlab.host.PluginKind;
import org.nnlab.runner.plugins.DirectoryPluginLoader;
import org.nnlab.runner.scaffold.PluginScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/**
 * {@code nn new-plugin NAME --kind KIND [--dir DIR]}: writes a plugin project, built outside the framework, whose
 * name clashes with no plugin of that kind, built-in or installed.
 */
@Command(name = "new-plugin", description = "Write a new plugin project (Maven, depending on nn-api, with its"
        + " contract test from nn-testkit) holding one working plugin of the given kind, to build and drop into"
        + " plugins/.")
final class NewPluginCommand implements Callable<Integer> {
    @ParentCommand
    NnCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The plugin's name in YAML, e.g. leaky-step.")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            completionCandidates = KindConverter.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    PluginKind kind;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the project goes (default: ./NAME); it must"
            + " not exist, or be empty.")
    Path dir;

    @Mixin
    PluginOptions pluginOptions;

    @Override
    public Integer call() {
        Environment env = parent.environment();
        Path target = dir == null ? Path.of(name) : dir;
        try {
            PluginScaffold.forThisFramework(pluginOptions.load(env).registry()).write(name, kind, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the project into " + target, e);
        }
        String jar = "target/" + name + "-1.0-SNAPSHOT.jar";
        env.out().printf(Locale.ROOT, "Wrote the %s plugin project %s into %s. Build it and drop it in:%n"
                        + "  cd %s && mvn package%n  cp %s %s%n", kind.label(), name, target, target, jar,
                env.home().resolve(DirectoryPluginLoader.LAUNCHER_DIRECTORY));
        return ExitCodes.OK;
    }

    /** {@code activation}, {@code loss}, {@code optimizer}, {@code dataset}, {@code schedule} or {@code layer}, as YAML calls the kinds. */
    static final class KindConverter implements CommandLine.ITypeConverter<PluginKind>, Iterable<String> {
        @Override
        public PluginKind convert(String value) {
            for (PluginKind candidate : PluginKind.values()) {
                if (candidate.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException("expected one of " + String.join(", ", this) + ", got \""
                    + value + "\"");
        }

        @Override
        public Iterator<String> iterator() {
            List<String> labels = Stream.of(PluginKind.values()).map(PluginKind::label).toList();
            return labels.iterator();
        }
    }
}
