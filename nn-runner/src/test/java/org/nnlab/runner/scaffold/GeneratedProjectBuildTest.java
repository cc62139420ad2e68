package org.nnlab.runner.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.registry.PluginKind;
import org.nnlab.runner.run.FrameworkInfo;

/** A generated project builds with Maven as its author would build it, with the framework's plugin versions. */
class GeneratedProjectBuildTest {
    /** Properties a plugin project copies from the framework's parent POM. */
    private static final List<String> COPIED_PROPERTIES = List.of("maven.compiler.release", "junit.version",
            "compiler-plugin.version", "surefire-plugin.version", "jar-plugin.version", "resources-plugin.version",
            "install-plugin.version", "clean-plugin.version");
    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final Path EXAMPLE_POM = Path.of("..", "examples", "plugin-example", "pom.xml");
    private static final long BUILD_MINUTES = 5;

    @TempDir
    Path dir;

    @Test
    void pluginProjectsUseTheFrameworksVersions() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(ROOT_POM) && Files.isRegularFile(EXAMPLE_POM),
                "not run from nn-runner in a checkout of the framework");
        String root = Files.readString(ROOT_POM);
        Path project = PluginScaffold.forThisFramework().write("step", PluginKind.ACTIVATION, dir.resolve("step"));
        String generated = Files.readString(project.resolve("pom.xml"));
        String example = Files.readString(EXAMPLE_POM);
        for (String property : COPIED_PROPERTIES) {
            String expected = property(root, property);
            assertEquals(expected, property(generated, property), property + " of a generated project");
            assertEquals(expected, property(example, property), property + " of examples/plugin-example");
        }
        assertEquals(FrameworkInfo.buildVersion(), property(example, "nnlab.version"),
                "examples/plugin-example depends on this version of the framework");
    }

    @Test
    void generatedProjectPassesMavenPackage() throws IOException, InterruptedException {
        Optional<Path> mvn = onPath("mvn");
        Assumptions.assumeTrue(mvn.isPresent(), "mvn is not on the PATH, so the generated project is not built");
        String version = FrameworkInfo.buildVersion();
        for (String artifact : List.of("nn-api", "nn-testkit")) {
            Assumptions.assumeTrue(Files.isRegularFile(JavaSources.localRepository().resolve(
                    "org/nnlab/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar")),
                    artifact + " " + version + " is not installed in ~/.m2 (mvn install -pl nn-api,nn-testkit),"
                            + " so the generated project cannot be built offline");
        }
        Path project = PluginScaffold.forThisFramework().write("soft-step", PluginKind.ACTIVATION,
                dir.resolve("soft-step"));
        Path log = dir.resolve("mvn.log");
        Process build = new ProcessBuilder(mvn.get().toString(), "-o", "-q", "-B", "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            build.destroyForcibly().waitFor();
            throw new AssertionError("mvn package took over " + BUILD_MINUTES + " minutes:\n" + Files.readString(log));
        }
        assertEquals(0, build.exitValue(), "mvn -o package of the generated project:\n" + Files.readString(log));
        assertTrue(Files.isRegularFile(project.resolve("target/soft-step-1.0-SNAPSHOT.jar")), "the plugin jar");
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            assertTrue(reports.anyMatch(report -> report.getFileName().toString().endsWith("SoftStepActivationTest.txt")),
                    "the contract test ran");
        }
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        if (!m.find()) {
            throw new AssertionError("no property " + name + " in\n" + pom);
        }
        return m.group(1).strip();
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, command)).filter(Files::isExecutable).findFirst();
    }
}
