/**
 * Benchmarks of the training engine, timed as the peers in {@code shared/peers} time themselves: seconds per
 * epoch of shuffling and mini-batch updates over 50,000 MNIST examples, loading and evaluation excluded.
 */
package org.nnlab.bench;
