package org.nnlab.layers;

import java.util.Map;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.testkit.LayerContract;

class DenseLayerTest implements LayerContract {
    @Override
    public Layer layer() {
        return new DenseLayer().configure(Params.resolve(new DenseLayer(), validParameters()));
    }

    @Override
    public Map<String, Object> validParameters() {
        return Map.of("units", 7);
    }
}
