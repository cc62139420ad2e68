package org.nnlab.api;

import java.io.IOException;

/**
 * A source of labelled examples. The prototype is cheap; {@link #configure(Params)} validates settings
 * without touching files; {@link #load(DatasetContext)} does the I/O.
 *
 * <p>A user's mistake (a missing or corrupt file, a wrong setting) is a {@link UserException} naming the
 * file and what is wrong; {@link IOException} is for failures of the machine.
 */
public interface Dataset extends Plugin {

    /** An immutable, configured instance. Does no I/O. */
    Dataset configure(Params params);

    /** Reads the examples. Same settings and files give the same examples, in the same order. */
    DataSplits load(DatasetContext context) throws IOException;
}
