package org.nnlab.testkit;

import org.nnlab.api.Dataset;
import org.nnlab.api.Params;

/** The contract passes for a correct third-party dataset with integer and choice parameters. */
class GaussianBlobsDatasetTest implements DatasetContract {
    @Override
    public Dataset dataset() {
        GaussianBlobsDataset prototype = new GaussianBlobsDataset();
        return prototype.configure(Params.defaults(prototype));
    }
}
