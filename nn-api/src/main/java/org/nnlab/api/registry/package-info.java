/**
 * The one plugin registry: discovers {@link org.nnlab.api.Plugin}s of every kind with
 * {@link java.util.ServiceLoader}, strictly (kebab-case names, no duplicates, every broken provider
 * reported with its jar and cause, all problems together). Depends on {@code org.nnlab.api} alone.
 */
package org.nnlab.api.registry;
