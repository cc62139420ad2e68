/**
 * An nnlab plugin: the {@code swish} activation and the {@code focal} loss, each an SPI implementation listed
 * in {@code META-INF/services}. Depends on {@code org.nnlab.api} alone.
 */
package org.example.nnplugins;
