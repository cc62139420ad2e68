package org.nnlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.host.TestPlugins.ALPHA;
import static org.nnlab.host.TestPlugins.BETA;
import static org.nnlab.host.TestPlugins.NEEDS_LIB;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Problem;

/** How plugin directories are listed, and what in them is a problem or a warning. */
class PluginDirectoriesTest {
    @TempDir
    static Path compiled;
    private static TestPlugins plugins;

    @TempDir
    Path dir;
    private PluginScan scan;

    @BeforeAll
    static void compilePlugins() {
        plugins = new TestPlugins(compiled);
    }

    @AfterEach
    void closeScan() throws IOException {
        if (scan != null) {
            scan.close();
        }
    }

    private PluginScan scan(Path... directories) {
        scan = PluginDirectories.scan(List.of(directories));
        return scan;
    }

    private static List<String> labels(PluginScan scan) {
        return scan.sources().stream().map(PluginSource::label).toList();
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void listsJarsAndSubdirectoriesSortedByName_passingOverOtherFiles() throws IOException {
        Path b = plugins.jar(dir.resolve("b.jar"), BETA);
        Path a = plugins.jar(dir.resolve("a.jar"), ALPHA);
        Path c = dir.resolve("c");
        plugins.jar(c.resolve("needs-lib.jar"), NEEDS_LIB);
        plugins.libraryJar(c.resolve("lib.jar"));
        Files.writeString(dir.resolve("README.txt"), "not a plugin");
        plugins.jar(dir.resolve(".hidden.jar"), ALPHA);
        PluginScan found = scan(dir);
        assertEquals(List.of(a.toString(), b.toString(), c.toString()), labels(found),
                "a.jar, b.jar, then the directory c; README.txt and the hidden jar are passed over");
        assertEquals(List.of(c.resolve("lib.jar"), c.resolve("needs-lib.jar")),
                ((PluginClassLoader) found.sources().get(2).loader()).jars().stream().map(PluginJar::path).toList(),
                "the jars of a plugin directory share one loader, in name order");
        assertEquals(List.of(), found.problems(), "nothing wrong");
        assertEquals(List.of(), found.warnings(), "nothing to warn about");
        PluginRegistry registry = PluginRegistry.builtInAnd(found);
        assertEquals(Set.of("alpha", "beta", "needs-lib"), registry.names(PluginKind.ACTIVATION),
                "every plugin loads, needs-lib with the library beside it");
    }

    @Test
    void scansDirectoriesInTheOrderGiven_eachOnce() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path z = plugins.jar(first.resolve("z.jar"), ALPHA);
        Path a = plugins.jar(second.resolve("a.jar"), BETA);
        assertEquals(List.of(z.toString(), a.toString()), labels(scan(first, second, first.resolve("../first"))),
                "first's jars before second's, whatever their names; first given twice is scanned once");
    }

    @Test
    void labelsAreAbsolute_evenForARelativeDirectory() {
        Path jar = plugins.jar(dir.resolve("a.jar"), ALPHA);
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        assertEquals(List.of(jar.toString()), labels(scan(relative)), "the label is the jar's absolute path");
    }

    @Test
    void fileNamedJarThatIsNoJar_isAProblemNamingIt_andTheOthersStillLoad() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.jar"), "these are notes, not a jar");
        plugins.jar(dir.resolve("z.jar"), ALPHA);
        PluginScan found = scan(dir);
        assertEquals(List.of(notes + " is not a jar (zip) file: zip END header not found; replace it with the"
                + " plugin's jar, or remove it"), messages(found.problems()), "the problem names the file");
        PluginRegistry registry = PluginRegistry.builtInAnd(found);
        assertEquals(Set.of("alpha"), registry.names(PluginKind.ACTIVATION), "z.jar still loads");
        assertEquals(found.problems(), registry.problems(), "the registry reports the scan's problems");
    }

    @Test
    void jarWithNoProviders_isAWarning() {
        Path library = plugins.libraryJar(dir.resolve("library.jar"));
        PluginScan found = scan(dir);
        assertEquals(List.of(), found.problems(), "no providers is no error");
        assertEquals(List.of(library + " holds no plugins: it has no META-INF/services/org.nnlab.api.Activation,"
                + " .Loss, .Optimizer or .Dataset file listing a provider"), messages(found.warnings()),
                "the warning names the jar and where providers are listed");
        assertEquals(found.warnings(), PluginRegistry.builtInAnd(found).warnings(), "the registry carries it");
    }

    @Test
    void servicesFileOfCommentsOnly_listsNoProviders() {
        plugins.jarListing(dir.resolve("a.jar"), List.of(TestPlugins.packageOf(ALPHA)), "# " + ALPHA + "\n\n");
        assertEquals(1, scan(dir).warnings().size(), "a commented-out provider is no provider");
    }

    @Test
    void subdirectoryWithoutJars_isAWarning() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.txt"), "no jars here");
        PluginScan found = scan(dir);
        assertEquals(List.of("plugin directory " + empty + " holds no jars"), messages(found.warnings()),
                "the warning names the directory");
        assertEquals(List.of(), found.sources(), "and nothing is loaded from it");
    }

    @Test
    void missingDirectory_isAProblem() {
        Path missing = dir.resolve("missing");
        assertEquals(List.of("plugin directory " + missing + " does not exist"), messages(scan(missing).problems()),
                "a directory given must exist");
    }

    @Test
    void fileGivenAsDirectory_isAProblem() {
        Path jar = plugins.jar(dir.resolve("a.jar"), ALPHA);
        assertEquals(List.of("plugin directory " + jar + " is not a directory; give the directory that holds the"
                + " jars"), messages(scan(jar).problems()), "a jar is put in a plugin directory, not given itself");
    }

    @Test
    void unreadableDirectory_isAProblem() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        plugins.jar(locked.resolve("a.jar"), ALPHA);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "this user reads any directory (root), so an"
                    + " unreadable one cannot be made");
            assertEquals(List.of("cannot read plugin directory " + locked + ": permission denied"),
                    messages(scan(locked).problems()), "the problem names the directory and the cause");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void emptyDirectory_givesNothing() {
        PluginScan found = scan(dir);
        assertEquals(List.of(), found.sources(), "no plugins");
        assertEquals(List.of(), found.problems(), "no problems");
        assertEquals(List.of(), found.warnings(), "no warnings");
    }

    @Test
    void givesTheSha256OfEveryJar() throws IOException {
        Path a = plugins.jar(dir.resolve("a.jar"), ALPHA);
        Path c = dir.resolve("c");
        Path lib = plugins.libraryJar(c.resolve("lib.jar"));
        Path needsLib = plugins.jar(c.resolve("needs-lib.jar"), NEEDS_LIB);
        PluginScan found = scan(dir);
        assertEquals(List.of(new PluginJar(a, sha256(a)), new PluginJar(lib, sha256(lib)),
                new PluginJar(needsLib, sha256(needsLib))), found.jars(), "every jar, in scan order, with its hash");
        PluginRegistry registry = PluginRegistry.builtInAnd(found);
        assertEquals(new PluginJar(needsLib, sha256(needsLib)),
                registry.info(PluginKind.ACTIVATION, "needs-lib").orElseThrow().pluginJar().orElseThrow(),
                "a plugin's info gives the jar its class came from");
    }

    @Test
    void parsesAPathList() {
        String list = String.join(File.pathSeparator, "/opt/nn/plugins", "", " ", "more");
        assertEquals(List.of(Path.of("/opt/nn/plugins"), Path.of("more")), PluginDirectories.parsePathList(list),
                "split at the path separator, blank entries dropped");
        assertEquals(List.of(), PluginDirectories.parsePathList(null), "an unset variable gives no directories");
    }

    /** Oracle: the JDK's SHA-256 over the whole file. */
    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void closeReleasesEveryLoader() throws IOException {
        plugins.jar(dir.resolve("a.jar"), ALPHA);
        PluginScan found = scan(dir);
        found.close();
        assertTrue(found.sources().stream().allMatch(source -> source.loader().getResource(
                CompiledPlugins.SERVICES) == null), "a closed loader finds nothing of its jar");
    }
}
