/**
 * Learning curves: a run's {@code metrics.csv} read by its header ({@link org.nnlab.runner.report.curves.Curves})
 * and drawn as {@code curves.png} with JFreeChart ({@link org.nnlab.runner.report.curves.CurvesPng}). Depends on the
 * JDK and JFreeChart only, so the run package can draw a run's curves and the report can read them.
 */
package org.nnlab.runner.report.curves;
