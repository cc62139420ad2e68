/**
 * The Java API: using nnlab from code. These are its stable, public types, kept compatible across releases:
 * {@link org.nnlab.runner.api.Experiment} (load an experiment YAML, override keys, run it),
 * {@link org.nnlab.runner.api.EpochListener} and {@link org.nnlab.runner.api.Epoch} (each epoch's metrics, as
 * {@code metrics.csv} gets them), {@link org.nnlab.runner.api.RunResult} (a finished run and its directory),
 * {@link org.nnlab.runner.api.Model} and {@link org.nnlab.runner.api.Prediction} (predicting with a trained model).
 * User mistakes are {@link org.nnlab.api.UserException}s with the command line's messages.
 *
 * <p>Every other package of {@code nn-runner} is internal: it may change in any release. These types go the
 * command line's own way (config loading, plugin directories, Guice wiring, run directories, the eval package's
 * picture preparation), so {@code nn run} and {@link org.nnlab.runner.api.Experiment#run()} give the same metrics
 * and model bytes for the same experiment. May depend on every other package of the runner.
 */
package org.nnlab.runner.api;
