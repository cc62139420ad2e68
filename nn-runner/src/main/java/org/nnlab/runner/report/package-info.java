/**
 * {@code nn report}: run and batch directories read as their writers lay them out (a run's {@code config.yaml},
 * {@code summary.json}, {@code provenance.json} and {@code metrics.csv}; a batch's {@code batch.yaml} and
 * {@code summary.csv}) and written as one self-contained HTML page: configs side by side, learning curves, the
 * grid's mean +- sd, confusion matrices, provenance; charts are inline SVG drawn here, tables sort in the page's
 * inline script, nothing is loaded from the network. Subpackages: {@code curves} (metrics.csv and curves.png) and
 * {@code progress} (the console's progress display). Depends on the run and eval packages, the curves
 * subpackage, {@code org.nnlab.api} and SnakeYAML.
 */
package org.nnlab.runner.report;
