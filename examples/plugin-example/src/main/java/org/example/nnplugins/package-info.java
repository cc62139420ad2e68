/**
 * An nnlab plugin: the {@code swish} activation, the {@code focal} loss, the
 * {@code heavy-ball} optimizer and the {@code gaussian-noise} layer, each an SPI implementation listed
 * in {@code META-INF/services}. Depends on {@code org.nnlab.api} alone.
 */
package org.example.nnplugins;
