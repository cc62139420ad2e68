package org.nnlab.runner.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The framework's version (from a resource Maven fills in at build time) and the git commit of its checkout
 * ({@code git rev-parse HEAD} at run time; "unknown" without git or outside a checkout).
 *
 * @param gitDirty whether tracked files differ from the commit; null when unknown
 */
public record FrameworkInfo(String version, String gitCommit, Boolean gitDirty) {
    public static final String UNKNOWN = "unknown";

    /** Looks up the version and the commit of the checkout at {@code home}. */
    public static FrameworkInfo detect(Path home) {
        String commit = git(home, List.of("rev-parse", "HEAD"));
        String status = commit == null ? null : git(home, List.of("status", "--porcelain", "--untracked-files=no"));
        return new FrameworkInfo(buildVersion(), commit == null ? UNKNOWN : commit.strip(),
                status == null ? null : !status.isBlank());
    }

    /** The version Maven wrote into {@code version.properties}, or "unknown" when run from unfiltered sources. */
    public static String buildVersion() {
        try (InputStream in = FrameworkInfo.class.getResourceAsStream("/org/nnlab/runner/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String v = properties.getProperty("version", UNKNOWN);
            return v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** Standard output of a git command, or null when git is missing, fails or takes over 5 seconds. */
    private static String git(Path directory, List<String> arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
