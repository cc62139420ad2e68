package org.nnlab.runner.scaffold;

import javax.lang.model.SourceVersion;
import org.nnlab.host.PluginKind;

/**
 * The Java names of a generated plugin: {@code leaky-step} as an activation is class
 * {@code LeakyStepActivation} in package {@code org.example.leakystep}.
 *
 * @param name        the plugin's kebab-case name, also the artifact id
 * @param className   the plugin class: the name in upper camel case, then the kind's role
 * @param packageName {@code org.example.} and the name without dashes ({@code plugin} appended to a keyword)
 */
record ProjectNames(String name, PluginKind kind, String className, String packageName) {
    static final String GROUP_ID = "org.example";

    /** The names of plugin {@code name} (kebab-case) of {@code kind}. */
    static ProjectNames of(String name, PluginKind kind) {
        StringBuilder upperCamel = new StringBuilder();
        for (String word : name.split("-")) {
            upperCamel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String segment = name.replace("-", "");
        if (SourceVersion.isKeyword(segment)) {
            segment += "plugin";
        }
        return new ProjectNames(name, kind, upperCamel + role(kind), GROUP_ID + "." + segment);
    }

    /** The SPI interface's simple name, e.g. {@code Activation}: the suffix of implementation class names. */
    static String role(PluginKind kind) {
        return kind.type().getSimpleName();
    }

    String packagePath() {
        return packageName.replace('.', '/');
    }
}
