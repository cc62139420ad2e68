/**
 * The experiment model: a YAML file composed into a node tree (keeping line and column), {@code --set}
 * overrides applied to that tree, validation that collects every problem as
 * {@code file:line:col: key.path: problem; fix}, and the immutable {@link org.nnlab.runner.config.ExperimentSpec}
 * with every default filled, which renders back to YAML. Depends on SnakeYAML, {@code org.nnlab.api} and
 * {@code org.nnlab.core} (for the initializer keys) only.
 */
package org.nnlab.runner.config;
