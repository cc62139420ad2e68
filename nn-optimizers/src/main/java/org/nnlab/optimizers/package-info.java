/**
The built-in optimizer plugins (SGD, Adam, AdamW) and learning-rate schedules (constant, step, exponential,
 * cosine, plateau). Each optimizer is a rule the engine applies range by range through
 * {@link org.nnlab.api.Optimizer.Step}, on its fused backward pass and its plain one alike. Depends on
 * {@code org.nnlab.api} alone.
 */
package org.nnlab.optimizers;
