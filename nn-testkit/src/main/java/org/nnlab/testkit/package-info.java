/**
 * Contract tests for plugin authors: JUnit 5 interfaces whose default test methods check any
 * {@link org.nnlab.api.Activation}, {@link org.nnlab.api.Loss}, {@link org.nnlab.api.Optimizer} or
 * {@link org.nnlab.api.Dataset}. A plugin's test class implements one factory method and inherits
 * finite-difference gradient checks, saturation, determinism, name and parameter-error checks:
 *
 * <pre>{@code
 * class SoftplusActivationTest implements ActivationContract {
 *     @Override
 *     public Activation activation() {
 *         return new SoftplusActivation().configure(Params.defaults(new SoftplusActivation()));
 *     }
 * }
 * }</pre>
 *
 * <p>Inputs are drawn from fixed seeds, so a failure repeats; every failure message names the plugin, the
 * input and the values that disagree. Depends on {@code org.nnlab.api} and the JUnit Jupiter API alone.
 */
package org.nnlab.testkit;
