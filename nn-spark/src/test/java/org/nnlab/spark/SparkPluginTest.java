package org.nnlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Plugin;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.run.RunJson;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.RunFiles;

/**
 * A batch that uses a plugin jar (examples/plugin-example's swish, built here against nn-api alone): on Spark the
 * jar is shipped to the executors and scanned there, and each run records the jar's SHA-256 as locally, with the
 * same results.
 */
class SparkPluginTest {
    private static final Path EXAMPLE = Batches.HOME.resolve("examples/plugin-example/src/main");

    @TempDir
    Path dir;

    @Test
    void aPluginJar_isShippedToTheExecutors_withItsSha256InProvenance() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = pluginJar(plugins.resolve("swish.jar"));
        Path file = Batches.write(dir, "swish", """
                set: {training.epochs: 1, network.activation: swish}
                seeds: [1, 2]
                """);
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        Batches.Result a = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--plugins", plugins.toString(),
                "--batch-dir", local.toString(), "--parallel", "2", "--quiet");
        assertEquals(0, a.exit(), a::toString);
        Batches.Result b = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--plugins", plugins.toString(),
                "--batch-dir", spark.toString(), "--spark", "local[2]", "--quiet");
        assertEquals(0, b.exit(), b::toString);
        assertEquals(BatchOutputs.runsWithoutSeconds(local), BatchOutputs.runsWithoutSeconds(spark));
        assertEquals(Batches.models(local), Batches.models(spark));
        String sha = sha256(jar);
        for (List<String> row : BatchOutputs.csv(spark.resolve(BatchTables.RUNS)).subList(1, 3)) {
            Map<?, ?> provenance = (Map<?, ?>) RunJson.read(RunFiles.read(spark.resolve(row.get(0))
                    .resolve("provenance.json")));
            Map<?, ?> swish = ((List<?>) provenance.get("plugins")).stream().map(p -> (Map<?, ?>) p)
                    .filter(p -> "swish".equals(p.get("name"))).findFirst().orElseThrow();
            assertEquals("plugin jar", swish.get("source"));
            assertEquals(sha, swish.get("sha256"), "the bytes the driver shipped");
            Map<?, ?> shipped = (Map<?, ?>) ((List<?>) provenance.get("plugin_jars")).get(0);
            assertEquals(sha, shipped.get("sha256"));
            assertNotEquals(jar.toString(), shipped.get("path"), "scanned where the executor laid the jar out");
            assertTrue(String.valueOf(shipped.get("path")).endsWith("/0-plugins/swish.jar"), shipped::toString);
        }
    }

    /** examples/plugin-example compiled against nn-api alone and jarred, as its author's build would. */
    private Path pluginJar(Path jar) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path api = Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-classpath",
                api.toString()));
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
        assertEquals(0, status, () -> messages.toString(StandardCharsets.UTF_8));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, EXAMPLE.resolve("resources"))) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
