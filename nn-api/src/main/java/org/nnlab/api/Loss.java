package org.nnlab.api;

/**
 * A cost function {@code C(a, y)} of a network's output {@code a} against the target {@code y}
 * (one-hot rows for classification), over a whole mini-batch.
 *
 * <p>A loss may offer a <em>fused output delta</em> for an output activation where
 * {@code dC/dz} has an exact, cheaper form (cross-entropy with sigmoid, log-likelihood with softmax:
 * {@code delta = a - y}, Nielsen (66) and (84)). It is an explicit capability: the engine asks
 * {@link #hasFusedDelta} with the output activation's declared {@link Activation.Form} (never its name) and
 * otherwise uses {@link #gradient} followed by the activation's {@link Activation#backward}; both paths must
 * agree.
 */
public interface Loss extends Plugin {

    /** An immutable, configured instance. */
    Loss configure(Params params);

    /**
     * The cost summed over the rows (examples) of the batch, in double precision; the caller divides by
     * the number of examples. Must be finite for saturated outputs ({@code 0 * log 0} is 0).
     */
    double cost(Matrix a, Matrix y);

    /** Writes {@code dC/da} for each example (row) into {@code dCda}. */
    void gradient(Matrix a, Matrix y, Matrix dCda);

    /** Whether {@link #fusedDelta} is exact for an output layer whose activation has the given form. */
    default boolean hasFusedDelta(Activation.Form outputActivation) {
        return false;
    }

    /**
     * Writes {@code dC/dz} of the output layer into {@code delta} directly. Called only when
     * {@link #hasFusedDelta} is true for the output activation's form.
     */
    default void fusedDelta(Matrix z, Matrix a, Matrix y, Matrix delta) {
        throw new UnsupportedOperationException(name() + " declares no fused output delta");
    }
}
