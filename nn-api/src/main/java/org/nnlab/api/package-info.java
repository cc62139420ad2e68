/**
 * The service-provider interface of nnlab: {@link org.nnlab.api.Activation}, {@link org.nnlab.api.Loss},
 * {@link org.nnlab.api.Optimizer}, {@link org.nnlab.api.Dataset} and {@link org.nnlab.api.Schedule}, and the small
 * value types they exchange ({@link org.nnlab.api.Matrix}, {@link org.nnlab.api.Params},
 * {@link org.nnlab.api.Examples}, a dataset's per-epoch {@link org.nnlab.api.Augmentation}).
 *
 * <p>Depends on the JDK alone. A plugin author compiles against this package (and
 * {@code nn-testkit} for tests) and nothing else.
 */
package org.nnlab.api;
