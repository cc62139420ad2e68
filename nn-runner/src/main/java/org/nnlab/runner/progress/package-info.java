/**
 * What the console shows while training: {@link org.nnlab.runner.progress.ProgressBar}, a live line per
 * epoch redrawn in place on a terminal, and {@link org.nnlab.runner.progress.BatchProgress}, runs done of a
 * batch with its ETA. Off the terminal (CI, a file) the epoch lines of the log are the progress, and
 * {@code --quiet} silences both. Depends on {@code org.nnlab.core} (its {@code TrainingListener}) alone.
 */
package org.nnlab.runner.progress;
