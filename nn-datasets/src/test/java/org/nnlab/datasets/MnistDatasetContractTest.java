package org.nnlab.datasets;

import java.nio.file.Path;
import java.util.Map;

import org.nnlab.api.Dataset;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Params;
import org.nnlab.testkit.DatasetContract;

/** The shared dataset contract, on a small IDX set written into each load's data directory. */
class MnistDatasetContractTest implements DatasetContract {
    @Override
    public Dataset dataset() {
        MnistDataset prototype = new MnistDataset();
        return prototype.configure(Params.resolve(prototype, Map.of("validation", 5, "download", false)));
    }

    @Override
    public DatasetContext context(Path temporaryDirectory) {
        Path root = temporaryDirectory.resolve("data");
        IdxFixtures.write(root.resolve(MnistDataset.NAME), IdxFixtures.set(20, 6), true);
        return new DatasetContext(root, temporaryDirectory.resolve("cache"));
    }
}
