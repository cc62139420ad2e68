package org.nnlab.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.nnlab.api.UserException;
import org.nnlab.runner.batch.BatchBackend;
import picocli.CommandLine.Option;

/**
 * {@code --spark MASTER} and {@code --spark-conf KEY=VALUE} of {@code nn batch}: the runs go to Apache Spark
 * through the backend of the nn-spark module, which the {@code nn} script puts on the class path only when
 * {@code --spark} is given, so that other commands neither build nor load Spark.
 */
final class SparkOptions {
    static final String NAME = "spark";

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run each run as a task on Apache Spark: local[N] or spark://HOST:PORT. The batch is checked"
                    + " and its directory written here; results are the same as a local batch's.")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, e.g. spark.executor.memory=2g (repeatable; only with --spark).")
    List<String> conf = new ArrayList<>();

    /** The backend chosen, or null for a local batch. */
    BatchBackend backend(Integer parallel, Integer threads, boolean verbose, String label) {
        if (master == null) {
            if (!conf.isEmpty()) {
                throw new UserException("--spark-conf " + conf.get(0) + ": only with --spark MASTER (e.g. --spark"
                        + " local[2])");
            }
            return null;
        }
        for (String setting : conf) {
            int eq = setting.indexOf('=');
            if (eq <= 0 || eq == setting.length() - 1) {
                throw new UserException("--spark-conf " + setting + ": expected KEY=VALUE (e.g."
                        + " spark.executor.memory=2g)");
            }
        }
        for (BatchBackend.Factory factory : ServiceLoader.load(BatchBackend.Factory.class)) {
            if (NAME.equals(factory.name())) {
                return factory.create(master, conf, parallel, threads, verbose, label);
            }
        }
        throw new UserException("--spark " + master + ": the Spark module (nn-spark) is not on the class path; run"
                + " the nn script, which builds it and adds it when --spark is given (or build it with ./mvnw -Pspark"
                + " -pl nn-spark -am package)");
    }
}
