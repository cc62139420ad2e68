/**
 * The training engine: dense {@link org.nnlab.core.Network}s, batched forward pass and backpropagation
 * ({@link org.nnlab.core.Backprop}), the mini-batch {@link org.nnlab.core.Trainer} with evaluation and
 * early stopping, initializers and seeded random streams.
 *
 * <p>Depends on {@code org.nnlab.api} and slf4j-api only. Activations, losses and optimizers arrive as
 * configured plugin instances through constructors; nothing here looks plugins up.
 */
package org.nnlab.core;
