/**
 * {@code nn batch --spark MASTER}: a batch's runs as Apache Spark tasks, one task (one single-task job) per run.
 * The driver ({@link org.nnlab.spark.SparkBackend}) checks the batch and owns its directory as a local batch does;
 * each task ({@link org.nnlab.spark.RunTask}) runs its run on an executor with {@link org.nnlab.spark.ExecutorSide}
 * into a temporary directory and sends the files back, which the driver moves into the batch directory. Plugin jars
 * travel in a {@link org.nnlab.spark.PluginBundle}; data is the executor's own, checked by SHA-256 against the
 * driver's. Depends on nn-runner and Spark; nothing else of the framework depends on it.
 */
package org.nnlab.spark;
