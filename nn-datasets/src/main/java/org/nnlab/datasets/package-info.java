/**
 * The built-in dataset plugins: {@link org.nnlab.datasets.MnistDataset} (the original IDX files, read from
 * a directory or downloaded from public mirrors with SHA-256 checks) and
 * {@link org.nnlab.datasets.Digits20Dataset} (20x20 grey digits from the embedded OpenCV sample, a PNG grid,
 * CSV or a MATLAB v5 file).
 *
 * <p>Depends on {@code nn-api}, slf4j-api (logging only), the JDK ({@code java.net.http}, {@code javax.imageio})
 * and mfl-core (MATLAB v5 files). The plugins do no I/O until {@link org.nnlab.api.Dataset#load} is called.
 */
package org.nnlab.datasets;
