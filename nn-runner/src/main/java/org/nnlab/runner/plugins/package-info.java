/**
 * Where a command's plugins come from: the plugin directories in order ({@code plugins/} beside the {@code nn}
 * launcher, each directory of {@code $NN_PLUGINS}, then the command's {@code --plugins DIR}s), scanned with
 * {@link org.nnlab.host.PluginDirectories} into one {@link org.nnlab.host.PluginRegistry} with
 * the built-in plugins. Depends on {@code org.nnlab.api} alone.
 */
package org.nnlab.runner.plugins;
