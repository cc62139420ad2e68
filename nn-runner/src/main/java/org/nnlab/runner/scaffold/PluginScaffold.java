package org.nnlab.runner.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.run.FrameworkInfo;

/**
 * Writes a new plugin project, as {@code nn new-plugin NAME --kind KIND [--dir DIR]} does: a Maven project
 * outside the framework's build, like {@code examples/plugin-example}, holding one plugin of the given kind
 * that works as generated (a starting point to change), its {@code META-INF/services} file, its contract test
 * from nn-testkit with value tests, a README, a {@code .gitignore} and a {@code pom.xml} with the framework's
 * versions. {@code mvn package} in it passes as generated.
 *
 * <p>The project is written under a temporary name beside {@code dir} and moved into place, so a failure
 * leaves no half-written project.
 */
public final class PluginScaffold {
    private final String nnlabVersion;
    private final PluginRegistry existing;

    /**
     * @param nnlabVersion the version of nn-api and nn-testkit the project depends on
     * @param existing     the plugins a new name must not clash with
     */
    public PluginScaffold(String nnlabVersion, PluginRegistry existing) {
        this.nnlabVersion = Objects.requireNonNull(nnlabVersion, "nnlabVersion is null");
        this.existing = Objects.requireNonNull(existing, "existing is null");
    }

    /** For this framework: its build version, and its built-in plugins as the names taken. */
    public static PluginScaffold forThisFramework() {
        return forThisFramework(PluginRegistry.builtIn());
    }

    /** For this framework: its build version, and the plugins of {@code existing} (installed too) as names taken. */
    public static PluginScaffold forThisFramework(PluginRegistry existing) {
        String version = FrameworkInfo.buildVersion();
        if (version.equals(FrameworkInfo.UNKNOWN)) {
            throw new IllegalStateException("the framework's version is unknown (version.properties not filtered)");
        }
        return new PluginScaffold(version, existing);
    }

    /**
     * Writes the project of plugin {@code name} of {@code kind} into {@code dir} (for the command line, by
     * default {@code ./NAME}).
     *
     * @return {@code dir}
     * @throws UserException when {@code name} is not kebab-case or is taken by an existing plugin of that kind,
     *                       or {@code dir} exists and is not an empty directory
     * @throws IOException   when the files cannot be written
     */
    public Path write(String name, PluginKind kind, Path dir) throws IOException {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(dir, "dir is null");
        if (!PluginRegistry.isValidName(name)) {
            throw new UserException("plugin name \"" + name + "\" is not kebab-case (lower-case words joined by"
                    + " '-', e.g. \"leaky-relu\")");
        }
        if (existing.names(kind).contains(name)) {
            String article = kind.label().matches("[aeiou].*") ? "an " : "a ";
            throw new UserException("there is already " + article + kind.label() + " named \"" + name + "\" ("
                    + existing.info(kind, name).orElseThrow().location() + "); a plugin of that name would clash"
                    + " with it, so choose another name");
        }
        Path target = dir.toAbsolutePath().normalize();
        requireEmptyOrAbsent(target);
        Path parent = Files.createDirectories(target.getParent());
        Map<String, String> files = ProjectFiles.of(ProjectNames.of(name, kind), nnlabVersion);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                deleteRecursively(staging);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return dir;
    }

    private static void requireEmptyOrAbsent(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new UserException(target + " exists and is a file; choose another directory with --dir");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new UserException(target + " exists and is not empty; choose another directory with --dir,"
                        + " or remove it");
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
