package org.nnlab.spark;

import java.util.List;
import org.nnlab.runner.batch.BatchBackend;

/** The {@code --spark} backend of {@code nn batch}, found by the runner through {@link java.util.ServiceLoader}. */
public final class SparkBackendFactory implements BatchBackend.Factory {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public BatchBackend create(String master, List<String> conf, Integer parallel, Integer threads, boolean verbose,
                               String label) {
        return new SparkBackend(master, conf, parallel, threads == null ? 1 : threads, verbose, label);
    }
}
