/**
 * The built-in losses: {@code quadratic}, {@code cross-entropy} and {@code log-likelihood}, each a
 * {@link org.nnlab.api.Loss} found through {@code META-INF/services}.
 *
 * <p>Costs are summed over the rows (examples) of a batch in double precision; the caller divides by the
 * number of examples. Logarithms and divisions floor probabilities at {@code 1e-12}, so saturated outputs
 * give finite costs and gradients, and a saturated correct output costs exactly 0. Depends on
 * {@code org.nnlab.api} alone.
 */
package org.nnlab.losses;
