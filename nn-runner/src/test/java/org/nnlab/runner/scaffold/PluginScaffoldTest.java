package org.nnlab.runner.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginKind;

class PluginScaffoldTest {
    private final PluginScaffold scaffold = PluginScaffold.forThisFramework();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PluginKind.class)
    void writesAProjectWhoseSourcesCompile(PluginKind kind) throws IOException {
        String name = "my-" + kind.label();
        ProjectNames names = ProjectNames.of(name, kind);
        Path project = scaffold.write(name, kind, dir.resolve(name));
        for (String file : List.of("pom.xml", "README.md", ".gitignore")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), "the project has a " + file);
        }
        assertEquals(names.packageName() + "." + names.className() + "\n", Files.readString(
                project.resolve("src/main/resources/META-INF/services/" + kind.type().getName())),
                "the services file lists the plugin class");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String warnings = JavaSources.compile(project.resolve("src/main/java"), classes, JavaSources.testClassPath());
        assertEquals("", warnings, "the plugin compiles without warnings");

        List<Path> testClassPath = new ArrayList<>(JavaSources.testClassPath()); // nn-testkit is on it
        testClassPath.add(classes);
        assertEquals("", JavaSources.compile(project.resolve("src/test/java"),
                Files.createDirectories(dir.resolve("test-classes")), testClassPath),
                "the contract test compiles without warnings");
    }

    @Test
    void mentionsTheNamesInTheReadme_andTheVersionInThePom() throws IOException {
        Path project = scaffold.write("leaky-step", PluginKind.ACTIVATION, dir.resolve("leaky-step"));
        String readme = Files.readString(project.resolve("README.md"));
        assertTrue(readme.contains("activation: leaky-step"), "the README shows the name in YAML:\n" + readme);
        assertTrue(readme.contains("src/main/java/org/example/leakystep/LeakyStepActivation.java"),
                "the README names the class to edit:\n" + readme);
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>leaky-step</artifactId>"), "the artifact is named after the plugin");
        assertTrue(pom.contains("<nnlab.version>0.1.0-SNAPSHOT</nnlab.version>"),
                "it depends on this framework's version:\n" + pom);
    }

    @Test
    void rejectsANameThatIsNotKebabCase() {
        for (String name : List.of("LeakyStep", "leaky_step", "-step", "step-", "")) {
            UserException e = assertThrows(UserException.class,
                    () -> scaffold.write(name, PluginKind.ACTIVATION, dir.resolve("project")), name);
            assertEquals("plugin name \"" + name + "\" is not kebab-case (lower-case words joined by '-', e.g."
                    + " \"leaky-relu\")", e.getMessage(), "the message says what a valid name looks like");
        }
        assertFalse(Files.exists(dir.resolve("project")), "nothing is written");
    }

    @Test
    void rejectsTheNameOfABuiltInOfTheSameKind() {
        UserException e = assertThrows(UserException.class,
                () -> scaffold.write("sigmoid", PluginKind.ACTIVATION, dir.resolve("sigmoid")),
                "a plugin named sigmoid would clash with the built-in");
        assertTrue(e.getMessage().startsWith("there is already an activation named \"sigmoid\" ("),
                "the message names the clash: " + e.getMessage());
        assertTrue(e.getMessage().endsWith("a plugin of that name would clash with it, so choose another name"),
                "and says what to do: " + e.getMessage());
    }

    @Test
    void rejectsAnExistingNonEmptyDirectory_leavingItAlone() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        UserException e = assertThrows(UserException.class,
                () -> scaffold.write("step", PluginKind.ACTIVATION, project), "the directory holds a file");
        assertEquals(project + " exists and is not empty; choose another directory with --dir, or remove it",
                e.getMessage(), "the message names the directory and the way out");
        try (Stream<Path> entries = Files.list(project)) {
            assertEquals(List.of(project.resolve("notes.txt")), entries.toList(), "the directory is untouched");
        }
    }

    @Test
    void rejectsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("project"), "a file");
        UserException e = assertThrows(UserException.class,
                () -> scaffold.write("step", PluginKind.ACTIVATION, file), "a file is no project directory");
        assertEquals(file + " exists and is a file; choose another directory with --dir", e.getMessage(),
                "the message names the file");
    }

    @Test
    void fillsAnExistingEmptyDirectory_andLeavesNothingElseBeside() throws IOException {
        Path project = Files.createDirectories(dir.resolve("nested/project"));
        scaffold.write("step", PluginKind.LOSS, project);
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), "the empty directory now holds the project");
        try (Stream<Path> beside = Files.list(project.getParent())) {
            assertEquals(List.of(project), beside.toList(), "no temporary directory is left beside it");
        }
    }
}
