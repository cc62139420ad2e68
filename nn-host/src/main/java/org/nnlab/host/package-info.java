/**
 * The one plugin registry: discovers {@link org.nnlab.api.Plugin}s of every kind with
 * {@link java.util.ServiceLoader}, strictly (kebab-case names, no duplicates, every broken provider
 * reported with its jar and cause, all problems together); and the loading of plugin jars from plugin
 * directories ({@link org.nnlab.host.PluginDirectories}), each plugin with its own
 * {@link org.nnlab.host.PluginClassLoader} that shares only the API packages and slf4j with the host.
 * This is the host's machinery, kept out of the SPI module {@code nn-api}: a plugin compiles against
 * {@code org.nnlab.api} alone, and its class loader does not share this package with it.
 * Depends on {@code org.nnlab.api} and the JDK alone.
 */
package org.nnlab.host;
