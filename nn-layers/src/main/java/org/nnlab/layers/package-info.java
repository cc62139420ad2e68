/**
 * The built-in layers: {@code dense}, {@code conv}, {@code max-pool} and {@code dropout}, each a
 * {@link org.nnlab.api.Layer} found through {@code META-INF/services}.
 *
 * <p>Each works on whole mini-batches (one row per example, channel-major), splits its loops with
 * {@link org.nnlab.api.BatchContext#parallel} so that every output and gradient element is written by one thread
 * in a fixed order (bit-identical for any thread count), and allocates nothing per batch. Depends on
 * {@code org.nnlab.api} alone.
 */
package org.nnlab.layers;
