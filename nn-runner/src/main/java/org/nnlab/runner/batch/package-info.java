/**
 * Batches of runs: a batch file (a base config or a list of configs, a grid of key paths to values, seeds or
 * repeats) expanded into validated runs, run on a bounded pool into one batch directory ({@code batch.yaml},
 * {@code runs.csv}, {@code summary.csv} and a run directory per run), resumed after a stop, and compared. Depends on
 * the config, run, wiring, eval, logging and report.progress packages, {@code org.nnlab.api} and
 * {@code org.nnlab.core}.
 */
package org.nnlab.runner.batch;
