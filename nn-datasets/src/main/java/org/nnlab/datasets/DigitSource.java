package org.nnlab.datasets;

import java.io.IOException;

/** Where {@link Digits20Dataset} reads its images from: the embedded grid, a PNG grid, CSV or a .mat file. */
interface DigitSource {

    /** Reads every example, in the source's order. A user's mistake is a {@link org.nnlab.api.UserException}. */
    LabelledImages read() throws IOException;

    /** What is read, for log lines: a file name or the embedded image. */
    String describe();
}
