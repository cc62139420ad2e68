/**
 * One run of an experiment and its directory: {@code config.yaml}, {@code provenance.json},
 * {@code metrics.csv}, {@code summary.json}, {@code model.nnm} and {@code run.log}. Every file is written to a
 * temporary name and moved into place; a stopped or failed run is marked, never left with a half-written
 * file. Depends on {@code org.nnlab.api}, {@code org.nnlab.core}, the config, curves and progress packages (never
 * on the report package, which reads what this one writes) and logback (for the
 * run log).
 */
package org.nnlab.runner.run;
