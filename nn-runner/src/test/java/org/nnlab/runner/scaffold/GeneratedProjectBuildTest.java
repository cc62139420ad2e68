package org.nnlab.runner.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.host.PluginKind;
import org.nnlab.runner.run.FrameworkInfo;
import org.nnlab.runner.testing.NestedMaven;

/** A generated project builds with Maven as its author would build it, with the framework's plugin versions. */
class GeneratedProjectBuildTest {
    /** Properties a plugin project copies from the framework's parent POM. */
    private static final List<String> COPIED_PROPERTIES = List.of("maven.compiler.release", "junit.version",
            "compiler-plugin.version", "surefire-plugin.version", "jar-plugin.version", "resources-plugin.version",
            "install-plugin.version", "clean-plugin.version");
    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final Path EXAMPLE_POM = Path.of("..", "examples", "plugin-example", "pom.xml");

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
        NestedMaven maven = NestedMaven.forThisCheckout();
        Path project = PluginScaffold.forThisFramework().write("soft-step", PluginKind.ACTIVATION,
                dir.resolve("soft-step"));
        maven.packageProject(project, dir.resolve("mvn.log"));
        assertTrue(Files.isRegularFile(project.resolve("target/soft-step-1.0-SNAPSHOT.jar")), "the plugin jar");
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            assertTrue(reports.anyMatch(report -> report.getFileName().toString().endsWith("SoftStepActivationTest.txt")),
                    "the contract test ran");
        }
    }

    @Test
    void generatedLayerProjectPassesMavenPackage_runningTheLayerContract() throws IOException, InterruptedException {
        NestedMaven maven = NestedMaven.forThisCheckout();
        Path project = PluginScaffold.forThisFramework().write("scale-shift", PluginKind.LAYER,
                dir.resolve("scale-shift"));
        maven.packageProject(project, dir.resolve("mvn.log"));
        assertTrue(Files.isRegularFile(project.resolve("target/scale-shift-1.0-SNAPSHOT.jar")), "the plugin jar");
        String report = Files.readString(project.resolve(
                "target/surefire-reports/org.example.scaleshift.ScaleShiftLayerTest.txt"));
        assertTrue(report.contains("Failures: 0, Errors: 0, Skipped: 0"),
                "the layer contract and value tests passed:\n" + report);
        assertFalse(report.contains("Tests run: 0,"), "some tests ran:\n" + report);
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        if (!m.find()) {
            throw new AssertionError("no property " + name + " in\n" + pom);
        }
        return m.group(1).strip();
    }
}
