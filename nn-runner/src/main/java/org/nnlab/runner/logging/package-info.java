/**
 * Logging for the command line, set up in code with logback: a concise console (one line per epoch, warnings
 * and errors marked) and, during a run, a detailed {@code run.log} in the run directory. The only package that
 * sees logback; everything else logs through slf4j.
 */
package org.nnlab.runner.logging;
