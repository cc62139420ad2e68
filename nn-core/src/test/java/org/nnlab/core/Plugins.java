package org.nnlab.core;

import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.host.PluginRegistry;

/** Configured built-in plugins for tests, found the way users find them: through the registry. */
final class Plugins {
    static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    private Plugins() {
    }

    static Activation activation(String name) {
        Activation prototype = REGISTRY.activation(name);
        return prototype.configure(Params.defaults(prototype));
    }

    static Loss loss(String name) {
        Loss prototype = REGISTRY.loss(name);
        return prototype.configure(Params.defaults(prototype));
    }

    static Optimizer optimizer(String name, java.util.Map<String, ?> params) {
        Optimizer prototype = REGISTRY.optimizer(name);
        return prototype.configure(Params.resolve(prototype, params));
    }

    /** An optimizer configured from {@code {a: 1, b: true}}: numbers and booleans, as a test's source gives them. */
    static Optimizer optimizer(String name, String params) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        String inner = params.substring(1, params.length() - 1).trim();
        if (!inner.isEmpty()) {
            for (String pair : inner.split(",")) {
                String[] kv = pair.split(":");
                String value = kv[1].trim();
                map.put(kv[0].trim(), value.equals("true") ? (Object) Boolean.TRUE : (Object) Double.valueOf(value));
            }
        }
        return optimizer(name, map);
    }

    static Optimizer sgd(double eta, double lambda) {
        Optimizer prototype = REGISTRY.optimizer("sgd");
        return prototype.configure(Params.resolve(prototype, java.util.Map.of("learning-rate", eta, "l2", lambda)));
    }
}
