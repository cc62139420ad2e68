package org.nnlab.runner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.nnlab.runner.run.FrameworkInfo;

/**
 * Builds a project outside the framework (a plugin project) as its author would, with the Maven the
 * framework's wrapper brings, against this checkout's nn-api and nn-testkit, without installing them.
 *
 * <p>The nested build's local repository is a staging directory holding the framework's parent POM, nn-api and
 * nn-testkit as this build made them; behind it, read-only, the outer build's local repository
 * ({@code maven.repo.local.tail}), so what the outer build already fetched is not fetched again, and what it
 * did not fetch (a plugin's own dependency) is downloaded into the staging directory. So the test does not
 * depend on what an earlier {@code mvn install} left in {@code ~/.m2}, and passes from an empty one.
 */
public final class NestedMaven {
    /** The checkout's root, seen from nn-runner, where Maven runs its tests. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final long BUILD_MINUTES = 5;
    /** The framework's modules nn-runner needs at run time, besides nn-api. */
    private static final List<String> RUNNER_NEEDS = List.of("nn-core", "nn-activations", "nn-losses",
            "nn-optimizers", "nn-layers", "nn-datasets", "nn-export");

    private final Path staging;

    private NestedMaven(Path staging) {
        this.staging = staging;
    }

    /**
     * Stages this build's nn-api and nn-testkit; skips the calling test when not run in a checkout that has
     * packaged them (run it from the reactor: {@code ./mvnw verify}).
     */
    public static NestedMaven forThisCheckout() throws IOException {
        String version = FrameworkInfo.buildVersion();
        Path mvnw = ROOT.resolve("mvnw");
        Assumptions.assumeTrue(Files.isExecutable(mvnw), "not run from nn-runner in a checkout (no " + mvnw + ")");
        Path staging = ROOT.resolve("nn-runner/target/nested-m2");
        stage(staging, "nnlab-parent", version, ROOT.resolve("pom.xml"), null);
        for (String module : List.of("nn-api", "nn-host", "nn-testkit")) {
            Path jar = ROOT.resolve(module + "/target/" + module + "-" + version + ".jar");
            Assumptions.assumeTrue(Files.isRegularFile(jar), jar + " is not built: run the tests from the reactor"
                    + " (./mvnw verify), which packages " + module + " before nn-runner");
            stage(staging, module, version, ROOT.resolve(module + "/pom.xml"), jar);
        }
        return new NestedMaven(staging);
    }

    /**
     * As {@link #forThisCheckout()}, staging also nn-runner (a jar of its compiled classes, since its tests run
     * before it is packaged) and the framework's modules it needs at run time: for a project that uses the Java API.
     */
    public static NestedMaven forTheRunner() throws IOException {
        NestedMaven maven = forThisCheckout();
        String version = FrameworkInfo.buildVersion();
        for (String module : RUNNER_NEEDS) {
            Path jar = ROOT.resolve(module + "/target/" + module + "-" + version + ".jar");
            Assumptions.assumeTrue(Files.isRegularFile(jar), jar + " is not built: run the tests from the reactor"
                    + " (./mvnw verify), which packages " + module + " before nn-runner");
            stage(maven.staging, module, version, ROOT.resolve(module + "/pom.xml"), jar);
        }
        Path classes = ROOT.resolve("nn-runner/target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "nn-runner is not compiled: no " + classes);
        Path jar = jarOf(classes, ROOT.resolve("nn-runner/target/nested-nn-runner.jar"));
        stage(maven.staging, "nn-runner", version, ROOT.resolve("nn-runner/pom.xml"), jar);
        return maven;
    }

    /** A jar of every file under {@code classes}. */
    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The outer build's local repository, as Maven's surefire configuration passes it (else {@code ~/.m2}). */
    static Path outerRepository() {
        String configured = System.getProperty("nn.test.localRepository");
        return configured != null && !configured.isBlank() && !configured.startsWith("${")
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * Runs {@code mvnw -B -q package} in {@code project}.
     *
     * @return the build's output, for assertion messages
     * @throws AssertionError with the output when the build fails or takes over five minutes
     */
    public String packageProject(Path project, Path log) throws IOException, InterruptedException {
        Process build = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-B", "-q", "-ntp",
                "-Dmaven.repo.local=" + staging, "-Dmaven.repo.local.tail=" + outerRepository(), "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            build.destroyForcibly().waitFor();
            throw new AssertionError("mvnw package took over " + BUILD_MINUTES + " minutes:\n" + RunFiles.read(log));
        }
        String output = RunFiles.read(log);
        if (build.exitValue() != 0) {
            throw new AssertionError("mvnw package of " + project + " (local repository " + staging + ", then "
                    + outerRepository() + ") exited " + build.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Lays out one artifact as {@code mvn install} would, in a local repository's layout. */
    private static void stage(Path repository, String artifact, String version, Path pom, Path jar)
            throws IOException {
        Path dir = Files.createDirectories(repository.resolve("org/nnlab/" + artifact + "/" + version));
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
