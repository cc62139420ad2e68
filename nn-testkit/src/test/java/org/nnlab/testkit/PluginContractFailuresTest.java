package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;

/** Plugins with a bad name or bad parameter handling fail the shared checks, and say why. */
class PluginContractFailuresTest {

    @Test
    void nameThatIsNotKebabCase_fails() {
        ActivationContract contract = () -> new Fixed("Leaky_Relu", List.of());

        AssertionError error = assertThrows(AssertionError.class, contract::nameIsKebabCase);

        assertTrue(error.getMessage().contains("\"Leaky_Relu\" must be kebab-case"), error.getMessage());
    }

    @Test
    void missingNameConstant_fails() {
        ActivationContract contract = () -> new Fixed("fixed", List.of());

        AssertionError error = assertThrows(AssertionError.class, contract::nameIsHeldInNameConstant);

        assertTrue(error.getMessage().contains("public static final String NAME"), error.getMessage());
    }

    @Test
    void parameterWithoutRange_passesParameterChecks() {
        ActivationContract contract = () -> new Fixed("fixed", List.of(ParamSpec.number("gain", 1, "a gain")));

        contract.rejectsOutOfRangeValues(); // "gain" declares no range, so nothing must be rejected
        contract.rejectsUnknownKey_withValidKeys();
        contract.rejectsWrongType_namingPluginAndKey();
    }

    /** An identity activation with a given name and parameters. */
    private record Fixed(String name, List<ParamSpec> parameters) implements Activation {
        @Override
        public String description() {
            return "a fixed plugin for a test";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }

        @Override
        public Activation configure(Params params) {
            return this;
        }

        @Override
        public void forward(Matrix z, Matrix a) {
            a.copyFrom(z);
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
            dCdz.copyFrom(dCda);
        }
    }
}
