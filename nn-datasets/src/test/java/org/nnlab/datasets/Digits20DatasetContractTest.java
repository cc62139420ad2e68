package org.nnlab.datasets;

import org.nnlab.api.Dataset;
import org.nnlab.testkit.DatasetContract;

/** The shared dataset contract, on the embedded images. */
class Digits20DatasetContractTest implements DatasetContract {
    @Override
    public Dataset dataset() {
        return new Digits20Dataset();
    }
}
