/** The versioned model file: {@link org.nnlab.core.io.ModelFile}. Depends on {@code org.nnlab.core} and the API. */
package org.nnlab.core.io;
