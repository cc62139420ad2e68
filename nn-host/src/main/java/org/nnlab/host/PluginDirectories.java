package org.nnlab.host;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.nnlab.api.Problem;

/**
 * Finds plugin jars in plugin directories and gives each plugin its own {@link PluginClassLoader}.
 *
 * <p>Each directory is listed sorted by file name. A {@code *.jar} file in it is one plugin; a subdirectory is
 * one plugin whose jars (its {@code *.jar} files, sorted by name) share one class loader, for a plugin with
 * dependencies of its own. Other files, and names starting with '.', are passed over. A directory given twice
 * is scanned once.
 *
 * <p>Never throws for a user's mistake: a file named {@code .jar} that is not a jar, a missing or unreadable
 * directory is a {@linkplain PluginScan#problems() problem}; a jar that lists no providers, or bundles the API's
 * own classes, a {@linkplain PluginScan#warnings() warning}. The other plugins load all the same.
 */
public final class PluginDirectories {
    private static final String SERVICES = "META-INF/services/org.nnlab.api.Activation, .Loss, .Optimizer or .Dataset";

    private final ClassLoader host;
    private final List<PluginSource> sources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private PluginDirectories(ClassLoader host) {
        this.host = host;
    }

    /** The plugins in {@code directories}, in order, sharing the API with the loader of this class. */
    public static PluginScan scan(List<Path> directories) {
        return scan(directories, PluginDirectories.class.getClassLoader());
    }

    /**
     * The plugins in {@code directories}, in order (e.g. {@code plugins/} beside the launcher, then the entries
     * of {@code $NN_PLUGINS}, then {@code --plugins DIR}). Every directory given must exist.
     *
     * @param host the loader the shared packages come from: the one that defines {@code org.nnlab.api}
     */
    public static PluginScan scan(List<Path> directories, ClassLoader host) {
        PluginDirectories scan = new PluginDirectories(host);
        Set<Path> seen = new HashSet<>();
        for (Path given : directories) {
            Path directory = given.toAbsolutePath().normalize();
            if (seen.add(realPath(directory))) {
                scan.directory(directory);
            }
        }
        return new PluginScan(scan.sources, scan.problems, scan.warnings);
    }

    /** The directories of a path list such as {@code $NN_PLUGINS}: split at the path separator, blanks dropped. */
    public static List<Path> parsePathList(String pathList) {
        if (pathList == null) {
            return List.of();
        }
        return Stream.of(pathList.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }

    private void directory(Path directory) {
        if (!Files.exists(directory)) {
            problem("plugin directory " + directory + " does not exist");
            return;
        }
        if (!Files.isDirectory(directory)) {
            problem("plugin directory " + directory + " is not a directory; give the directory that holds the jars");
            return;
        }
        List<Path> entries;
        try {
            entries = sortedEntries(directory);
        } catch (IOException e) {
            problem("cannot read plugin directory " + directory + ": " + reason(e));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                pluginDirectory(entry);
            } else if (isJar(entry)) {
                plugin(entry, List.of(entry));
            }
        }
    }

    private void pluginDirectory(Path directory) {
        List<Path> jars;
        try {
            jars = sortedEntries(directory).stream().filter(entry -> !Files.isDirectory(entry) && isJar(entry)).toList();
        } catch (IOException e) {
            problem("cannot read plugin directory " + directory + ": " + reason(e));
            return;
        }
        if (jars.isEmpty()) {
            warning("plugin directory " + directory + " holds no jars");
            return;
        }
        plugin(directory, jars);
    }

    /** One plugin: {@code files} share a class loader, named after {@code label} (the jar or its directory). */
    private void plugin(Path label, List<Path> files) {
        List<PluginJar> jars = new ArrayList<>();
        int providers = 0;
        for (Path file : files) {
            JarContents contents;
            String sha256;
            try {
                contents = JarContents.of(file);
                sha256 = Sha256.of(file);
            } catch (ZipException e) {
                problem(file + " is not a jar (zip) file: " + e.getMessage() + "; replace it with the plugin's jar,"
                        + " or remove it");
                continue;
            } catch (IOException e) {
                problem("cannot read plugin jar " + file + ": " + reason(e));
                continue;
            }
            if (contents.apiClasses() > 0) {
                int classes = contents.apiClasses();
                warning(file + " bundles " + classes + (classes == 1 ? " class" : " classes") + " of org.nnlab.api,"
                        + " which the framework's own replace; depend on nn-api with <scope>provided</scope>");
            }
            providers += contents.providers();
            jars.add(new PluginJar(file, sha256));
        }
        if (jars.isEmpty()) {
            return;
        }
        if (providers == 0) {
            warning(label + " holds no plugins: it has no " + SERVICES + " file listing a provider");
        }
        String name = label.toString();
        sources.add(new PluginSource(name, new PluginClassLoader(name, jars, host)));
    }

    private static List<Path> sortedEntries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isJar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : Locations.cause(e);
    }

    private void problem(String message) {
        problems.add(new Problem("", message));
    }

    private void warning(String message) {
        warnings.add(new Problem("", message));
    }
}
