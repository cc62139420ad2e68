/**
 * {@code nn report}: run and batch directories read as their writers lay them out (a run's {@code config.yaml},
 * {@code summary.json}, {@code provenance.json} and {@code metrics.csv}; a batch's {@code batch.yaml} and
 * {@code summary.csv}) and written as one self-contained HTML page: configs side by side, learning curves, the
 * grid's mean +- sd, confusion matrices, provenance; charts are inline SVG drawn here, tables sort in the page's
 * inline script, nothing is loaded from the network. Depends on the run, eval and curves packages, the batch
 * package (for its file names only), {@code org.nnlab.api} and SnakeYAML; none of them depends on this one.
 */
package org.nnlab.runner.report;
