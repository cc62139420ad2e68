package org.nnlab.runner.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.host.PluginKind;

class ProjectNamesTest {

    @Test
    void classIsUpperCamelNameAndRole_packageIsNameWithoutDashes() {
        ProjectNames names = ProjectNames.of("leaky-step", PluginKind.ACTIVATION);
        assertEquals("LeakyStepActivation", names.className(), "LeakyStep + Activation");
        assertEquals("org.example.leakystep", names.packageName(), "org.example + leakystep");
        assertEquals("org/example/leakystep", names.packagePath(), "the package as a directory");
    }

    @Test
    void digitsStayAsTheyAre() {
        ProjectNames names = ProjectNames.of("l2-decay", PluginKind.OPTIMIZER);
        assertEquals("L2DecayOptimizer", names.className(), "each word capitalized, digits kept");
        assertEquals("org.example.l2decay", names.packageName(), "a valid package name");
    }

    @Test
    void keywordGetsASuffix_toMakeAPackageName() {
        ProjectNames names = ProjectNames.of("new", PluginKind.LOSS);
        assertEquals("org.example.newplugin", names.packageName(), "\"new\" alone is a keyword, not a package name");
        assertEquals("NewLoss", names.className(), "the class name is fine as it is");
    }
}
