package org.nnlab.runner.cli;

import org.nnlab.api.UserException;

/**
 * The bound of {@code --threads}: from 1 to four times the processors the JVM sees. More threads than processors
 * only wait for each other (results do not depend on the count), and a typo such as 100000 would start that many.
 */
public final class Threads {
    /** How many threads per processor {@code --threads} may ask for. */
    static final int PER_PROCESSOR = 4;

    private Threads() {
    }

    /** The most threads {@code --threads} accepts on this machine. */
    static int max() {
        return PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }

    /** {@code given}, or null when null; a count out of bounds is a {@link UserException} that states the bound. */
    public static Integer check(Integer given) {
        if (given == null) {
            return null;
        }
        int max = max();
        if (given < 1 || given > max) {
            throw new UserException("--threads " + given + ": expected a whole number from 1 to " + max + " ("
                    + PER_PROCESSOR + " times the " + Runtime.getRuntime().availableProcessors()
                    + " processors), e.g. --threads " + Math.min(2, max));
        }
        return given;
    }
}
