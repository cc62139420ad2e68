/**
 * The built-in activations: {@code sigmoid}, {@code softmax}, {@code tanh}, {@code relu} and {@code identity},
 * each a {@link org.nnlab.api.Activation} found through {@code META-INF/services}.
 *
 * <p>Each works on a whole mini-batch (one row per example) with plain index loops over
 * {@link org.nnlab.api.Matrix#data()}, allocates nothing in {@code forward} or {@code backward}, and is
 * stateless, so {@code configure} returns the instance itself. Depends on {@code org.nnlab.api} alone.
 */
package org.nnlab.activations;
