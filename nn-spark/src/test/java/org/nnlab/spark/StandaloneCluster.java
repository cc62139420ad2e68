package org.nnlab.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A real Spark standalone cluster on 127.0.0.1 for the tests: a master and workers, each a JVM of its own started
 * from the Spark jars (no Spark distribution), with {@code SPARK_HOME/jars} holding this JVM's class path (the
 * framework's classes jarred), as a cluster started from {@code nn-spark/target/lib} holds the framework's jars.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final int port;

    StandaloneCluster(Path dir) throws IOException {
        this.home = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                jar(path, jars.resolve("classes-" + n++ + ".jar"));
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                Files.createSymbolicLink(jars.resolve(n++ + "-" + path.getFileName()), path.toAbsolutePath());
            }
        }
        Files.writeString(home.resolve("logback.xml"), """
                <configuration>
                  <appender name="err" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="err"/></root>
                </configuration>
                """);
        this.port = freePort();
    }

    String master() {
        return "spark://127.0.0.1:" + port;
    }

    /** The options an executor JVM needs beside Spark's own: this logging. */
    String executorOptions() {
        return "-Dlogback.configurationFile=" + home.resolve("logback.xml");
    }

    void startMaster() throws IOException, InterruptedException {
        start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on " + port + ":\n" + log("master"));
    }

    void startWorker(int cores) throws IOException {
        String name = "worker-" + workers.size();
        Path work = Files.createDirectories(home.resolve(name));
        workers.add(start(name, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores",
                String.valueOf(cores), "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                work.toString(), master()));
    }

    /** Kills a worker and its executors with kill -9, as a machine that dies. */
    void killWorker(int index) throws InterruptedException {
        Process worker = workers.get(index);
        List<ProcessHandle> children = worker.toHandle().descendants().toList();
        worker.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        worker.waitFor(30, TimeUnit.SECONDS);
    }

    String log(String name) {
        try {
            return Files.readString(home.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-Djdk.") || a.startsWith("-Dio.netty")).toList());
        command.addAll(List.of("-Xmx256m", "-Dlogback.configurationFile=" + home.resolve("logback.xml"), "-cp",
                home.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> children = process.toHandle().descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
        }
        for (Process process : processes) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
