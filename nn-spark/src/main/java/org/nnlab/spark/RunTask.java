package org.nnlab.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * One run of a batch as a Spark task's input: what an executor needs to do the run exactly as the driver's JVM
 * would, without the driver's filesystem.
 *
 * @param configPath  the run's config file on the driver, as the batch names it
 * @param configBytes that file's bytes, so that the run's provenance records the same file and SHA-256
 * @param resolved    the run's resolved config, validated on the driver: the executor runs exactly this
 * @param home        the framework's checkout on the driver (provenance's git commit, when the executor has it)
 * @param dataFiles   the data files the driver validated for the run's dataset: name and SHA-256, in order
 */
record RunTask(String name, String point, Map<String, String> parameters, long seed, List<String> overrides,
               String configPath, byte[] configBytes, String resolved, List<String> commandLine, int threads,
               String home, Broadcast<PluginBundle> plugins, List<DataFile> dataFiles) implements Serializable {

    /** A data file the driver read: its name and SHA-256. */
    record DataFile(String name, String sha256) implements Serializable {
    }
}
