package org.example.nnplugins;

import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.testkit.LayerContract;

/** The layer contract from nn-testkit: gradients, the same bits for any thread count, no allocation per batch. */
class GaussianNoiseLayerTest implements LayerContract {
    @Override
    public Layer layer() {
        GaussianNoiseLayer prototype = new GaussianNoiseLayer();
        return prototype.configure(Params.defaults(prototype));
    }
}
