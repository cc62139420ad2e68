package org.nnlab.api;

import java.util.List;

/**
 * One stage of a layered network (dense, convolution, pooling, dropout, a user's) over whole mini-batches:
 * one row per example, each row an example of {@link Shape} {@code input}, channel-major.
 *
 * <p>Lifecycle, in order: the discovered instance is a prototype; {@link #configure(Params)} returns an immutable
 * instance; {@link #outputShape} checks an input shape; {@link #create} allocates the parameters (zeros: the
 * engine initialises the {@linkplain Parameter#decays() weights} from {@link Instance#fanIn()} and
 * {@link Instance#fanOut()}); {@link Instance#workspace} allocates everything a batch size needs, once. Then
 * {@link Workspace#forward} and {@link Workspace#backward} run per mini-batch and allocate nothing.
 *
 * <p>An activation is not part of a layer: the engine applies the configured {@link Activation} to a layer's
 * output.
 */
public interface Layer extends Plugin {

    /** An immutable, configured instance. */
    Layer configure(Params params);

    /**
     * The shape of the output for an example of shape {@code input}, or a {@link UserException} whose problem (no
     * path) says why the layer cannot take it and what would, e.g. {@code conv 5x5 on a 1x3x3 input: the input
     * must be at least 5x5 (use a smaller size or drop a pooling layer before it)}.
     */
    Shape outputShape(Shape input);

    /**
     * This layer's parameters for inputs of shape {@code input} (one {@link #outputShape} accepted), named
     * {@code name + ".weights"} and so on.
     */
    Instance create(Shape input, String name);

    /** A layer with its parameters, for one input shape. */
    interface Instance {
        Shape input();

        Shape output();

        /** The trainable parameters, weights before biases; empty for a layer without any. */
        List<Parameter> parameters();

        /** The number of inputs each output unit sums (a weight initialiser's {@code n_in}); 0 without weights. */
        default int fanIn() {
            return 0;
        }

        /** The number of outputs each input reaches ({@code n_out}); 0 without weights. */
        default int fanOut() {
            return 0;
        }

        /** Buffers for mini-batches of {@code batchSize} rows, split between up to {@code threads} threads. */
        Workspace workspace(int batchSize, int threads);
    }

    /** Forward and backward pass over mini-batches of one size. Not thread-safe: one per batch size and network. */
    interface Workspace {
        /** Writes the output rows for the input rows. In training mode it may keep what backward needs. */
        void forward(Matrix input, Matrix output, BatchContext batch);

        /**
         * After a training {@link #forward} of the same batch: writes every parameter's gradient, summed over the
         * rows, and, unless {@code inputGradient} is null (the first layer), {@code dC/dinput}.
         *
         * @param outputGradient {@code dC/doutput}, one row per example
         */
        void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient, BatchContext batch);
    }
}
