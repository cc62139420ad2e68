/**
 * The {@code nn} subcommands (picocli: declarative subcommands, generated help, typed options with clear
 * errors) and how errors end: a user's mistake prints its message alone and exits 2, a run that failed exits 1,
 * a bug prints its stack trace. The commands create the one Guice injector of their invocation.
 */
package org.nnlab.runner.cli;
