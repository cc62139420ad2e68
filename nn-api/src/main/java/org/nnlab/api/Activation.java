package org.nnlab.api;

/**
 * An activation function applied to a whole mini-batch: {@code a = f(z)}, one row per example.
 *
 * <p>The backward pass is a vector-Jacobian product: given {@code dC/da} it returns {@code dC/dz}. For an
 * element-wise function that is {@code f'(z) * dC/da}; for softmax it is the exact
 * {@code a * (g - sum(a * g))} per row, not a diagonal approximation.
 *
 * <p>Lifecycle: the discovered instance is a prototype; {@link #configure(Params)} returns an immutable
 * instance. {@code forward} and {@code backward} allocate nothing and write only their output argument.
 */
public interface Activation extends Plugin {

    /** An immutable, configured instance. The prototype itself is not used for training. */
    Activation configure(Params params);

    /** Writes {@code f(z)} into {@code a} (same shape as {@code z}). */
    void forward(Matrix z, Matrix a);

    /**
     * Writes {@code dC/dz = J(z)^T dC/da} into {@code dCdz}, row by row. {@code a} is {@code forward(z)},
     * passed so implementations need not recompute it. All four matrices have one shape; {@code dCdz}
     * may not alias the inputs.
     */
    void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz);

    /**
     * The function this activation computes, where a loss's fused output delta depends on it
     * ({@link Loss#hasFusedDelta}): a capability declared by type, not read from a name, so a renamed or a
     * plugin's softmax is fused too. The test kit checks a declared form against the formula.
     */
    default Form form() {
        return Form.OTHER;
    }

    /** Functions a loss may fuse its output delta with. */
    enum Form {
        /** Any other function. */
        OTHER,
        /** {@code a = z}. */
        IDENTITY,
        /** The element-wise logistic sigmoid {@code a = 1 / (1 + e^-z)}. */
        LOGISTIC,
        /** The row-wise softmax {@code a_j = e^z_j / sum_k e^z_k}. */
        SOFTMAX
    }
}
