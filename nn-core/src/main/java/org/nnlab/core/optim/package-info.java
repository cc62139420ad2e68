/** Optimizer plugins shipped with the engine: {@link org.nnlab.core.optim.SgdOptimizer}. Depends on {@code org.nnlab.api}. */
package org.nnlab.core.optim;
