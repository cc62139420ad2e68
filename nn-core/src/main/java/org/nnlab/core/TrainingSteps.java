package org.nnlab.core;

import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;

/**
 * The per-mini-batch work of {@link Trainer}'s loop, one implementation per form of {@link Network}: the dense
 * form's fused kernels ({@link DenseSteps}) and the layered form's layer plugins ({@link LayeredSteps}). The loop
 * calls, per mini-batch: {@link #load}, the optimizer step's {@code begin}, {@link #forwardBackward}, then
 * {@link #updateRest}.
 */
interface TrainingSteps {

    /** The steps for {@code network}, training on {@code train} with {@code step}'s rule. */
    static TrainingSteps of(Network network, WorkerPool pool, Optimizer.Step step, Examples train,
                            Evaluator evaluator, RandomStreams random) {
        return network.layerStack().<TrainingSteps>map(stack -> new LayeredSteps(network, stack, pool, train,
                        random.streamSeed(LayeredPass.NOISE_STREAM)))
                .orElseGet(() -> new DenseSteps(network, pool, step, train, evaluator));
    }

    /** Trains on {@code examples} from now on: the training set changed by an augmentation for a new epoch. */
    void trainOn(Examples examples);

    /** Loads training examples {@code order[from .. from + rows)}, mini-batch {@code batch} (from 1) of {@code epoch}. */
    void load(int[] order, int from, int rows, int epoch, int batch);

    /** The forward pass and backpropagation of the loaded batch; may update some parameters as it goes. */
    void forwardBackward(Loss loss);

    /** Updates every parameter element {@link #forwardBackward} did not. */
    void updateRest(Optimizer.Step step);
}
