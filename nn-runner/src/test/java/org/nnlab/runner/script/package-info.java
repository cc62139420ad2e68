/** Tests of the {@code nn} launcher script at the checkout's root. */
package org.nnlab.runner.script;
