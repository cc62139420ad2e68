package org.nnlab.runner.config;

import java.util.Optional;
import org.nnlab.api.UserException;

/**
 * {@code training.patience} watches the validation accuracy, so it needs a validation set. Checked twice: while
 * the config is validated when the dataset's {@code validation:} parameter says there is none, and once the data
 * is loaded, before anything is written, for datasets whose validation size only the data tells.
 */
public final class PatienceCheck {
    /** The key path of the setting. */
    public static final String PATH = "training.patience";

    private PatienceCheck() {
    }

    /** The problem when patience is on and {@code dataset}'s {@code validation} parameter is 0. */
    static Optional<String> fromParams(TrainingSpec training, PluginChoice dataset) {
        if (training.patience() > 0 && dataset.values().get("validation") instanceof Number n && n.longValue() == 0) {
            return Optional.of("early stopping needs a validation set to watch, but " + dataset.path()
                    + ".validation is 0; hold examples out for validation (e.g. " + dataset.path() + ": {name: "
                    + dataset.name() + ", validation: 1000}) or remove patience");
        }
        return Optional.empty();
    }

    /**
     * Throws, with the problem on {@link #PATH}, when patience is on and the loaded data has no validation
     * examples.
     */
    public static void requireValidation(ExperimentSpec spec, int validationCount) {
        if (spec.training().patience() > 0 && validationCount == 0) {
            throw new UserException(PATH, "early stopping needs a validation set to watch, but the dataset \""
                    + spec.dataset().name() + "\" as configured has no validation examples; hold examples out for"
                    + " validation (see nn describe " + spec.dataset().name() + ") or remove patience");
        }
    }
}
