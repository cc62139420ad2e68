/**
 * {@code nn new-plugin}: writes a new plugin project outside the framework's build, from templates kept as
 * resources beside this package. Depends on {@code org.nnlab.api} (names, kinds, the registry) and
 * {@code org.nnlab.runner.run} (the framework's version) only.
 */
package org.nnlab.runner.scaffold;
