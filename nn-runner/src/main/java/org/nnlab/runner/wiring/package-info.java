/**
 * The Guice modules that build an experiment's parts from its spec, one per concern (data, model, training,
 * output), each given its slice of the spec in its constructor, building in {@code @Provides} methods. Only the
 * command line creates the injector, through {@link org.nnlab.runner.wiring.Injection}.
 */
package org.nnlab.runner.wiring;
