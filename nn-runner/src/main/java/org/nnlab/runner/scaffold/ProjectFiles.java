package org.nnlab.runner.scaffold;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nnlab.host.PluginKind;

/** The files of a new plugin project, rendered from the templates. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** Each file of the project, by path relative to its directory, with its text. */
    static Map<String, String> of(ProjectNames names, String nnlabVersion) {
        String role = ProjectNames.role(names.kind());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", names.name());
        values.put("kind", names.kind().label());
        values.put("Kind", role);
        values.put("groupId", ProjectNames.GROUP_ID);
        values.put("artifactId", names.name());
        values.put("nnlabVersion", nnlabVersion);
        values.put("package", names.packageName());
        values.put("packagePath", names.packagePath());
        values.put("class", names.className());
        values.put("yaml", yaml(names));
        values.put("checks", checks(names.kind()));
        String main = "src/main/java/" + names.packagePath() + "/";
        String test = "src/test/java/" + names.packagePath() + "/";
        String kind = names.kind().label();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", Templates.render("pom.xml", values));
        files.put("README.md", Templates.render("README.md", values));
        files.put(".gitignore", Templates.render("gitignore", values));
        files.put(main + names.className() + ".java", Templates.render(kind + ".java", values));
        files.put(main + "package-info.java", Templates.render("package-info.java", values));
        files.put("src/main/resources/META-INF/services/" + names.kind().type().getName(), names.packageName() + "."
                + names.className() + "\n");
        files.put(test + names.className() + "Test.java", Templates.render(kind + "-test.java", values));
        return files;
    }

    /** Where an experiment names a plugin of this kind, with the generated parameters. */
    private static String yaml(ProjectNames names) {
        String name = names.name();
        return switch (names.kind()) {
            case ACTIVATION -> "network:\n  layers: [400, 30, 10]\n  activation: " + name
                    + "\n  output-activation: sigmoid";
            case LOSS -> "loss: " + name;
            case OPTIMIZER -> "optimizer:\n  name: " + name + "\n  learning-rate: 0.5";
            case DATASET -> "dataset:\n  name: " + name + "\n  examples: 200";
            case SCHEDULE -> "schedule:\n  name: " + name + "\n  every: 10";
            case LAYER -> "network:\n  input: [1, 28, 28]\n  layers:\n    - {conv: {filters: 20, size: 5}}\n    - {" + name
                    + ": {}, activation: sigmoid}\n    - {max-pool: 2}\n    - {dense: 10, activation: softmax}";
        };
    }

    /** What the kind's contract checks beyond what every plugin's does, for the README. */
    private static String checks(PluginKind kind) {
        return switch (kind) {
            case ACTIVATION -> "backward against finite differences, saturated inputs, rows as independent"
                    + " examples, determinism";
            case LOSS -> "gradient against finite differences, saturated outputs, cost as a sum over examples,"
                    + " determinism";
            case OPTIMIZER -> "steps toward the minimum of a quadratic bowl, separate state per start,"
                    + " determinism";
            case DATASET -> "identical examples on every load, well-formed splits";
            case SCHEDULE -> "positive, finite rates in every epoch, separate state per start, determinism";
            case LAYER -> "parameter gradients and dC/dinput against finite differences, the same bits for 1, 2 and 3"
                    + " threads, no allocation per batch, output shapes as declared";
        };
    }
}
