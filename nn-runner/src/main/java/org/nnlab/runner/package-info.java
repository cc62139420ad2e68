/**
 * The entry point of the {@code nn} command ({@link org.nnlab.runner.Main}). Subpackages: {@code config}
 * (the experiment model), {@code wiring} (Guice modules), {@code run} (run directories), {@code eval} (using a
 * trained model), {@code plugins} (where a command's plugins come from: the plugin directories), {@code cli} (the
 * subcommands), {@code logging}, and {@code api}: the Java API, the only package of the runner whose types are
 * public API for programs.
 */
package org.nnlab.runner;
