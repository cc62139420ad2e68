package org.nnlab.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The peers' four configurations (shared/peers/configs.py), and W800, the classic MNIST MLP width (784-800-10,
 * C2's settings at batch 100) where both sides do large matrix products; hidden layers are sigmoid, init
 * scaled-gaussian.
 */
enum BenchConfig {
    C1(new int[]{784, 30, 10}, "sigmoid", "quadratic", 3.0, 0.0, 10),
    C2(new int[]{784, 100, 10}, "sigmoid", "cross-entropy", 0.5, 5.0, 10),
    C3(new int[]{784, 64, 10}, "softmax", "log-likelihood", 1.0, 0.0, 64),
    C4(new int[]{784, 16, 16, 10}, "sigmoid", "quadratic", 3.0, 0.0, 10),
    W800(new int[]{784, 800, 10}, "sigmoid", "cross-entropy", 0.5, 5.0, 100);

    final int[] sizes;
    final String output;
    final String loss;
    final double eta;
    final double lambda;
    final int batch;

    BenchConfig(int[] sizes, String output, String loss, double eta, double lambda, int batch) {
        this.sizes = sizes;
        this.output = output;
        this.loss = loss;
        this.eta = eta;
        this.lambda = lambda;
        this.batch = batch;
    }

    static List<BenchConfig> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(BenchConfig::valueOf).toList();
    }
}
