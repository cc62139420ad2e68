/**
 * Learning curves: a run's metrics by column ({@link org.nnlab.runner.curves.Curves}), handed over by the run
 * that records them or read from a {@code metrics.csv} by its header, and drawn as {@code curves.png} with
 * JFreeChart ({@link org.nnlab.runner.curves.CurvesPng}). Depends on the JDK and JFreeChart only: the run
 * package draws a run's curves and the report reads them, and neither package depends on the other through it.
 */
package org.nnlab.runner.curves;
