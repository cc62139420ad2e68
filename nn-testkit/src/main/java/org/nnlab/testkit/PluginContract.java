package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nnlab.testkit.Checks.require;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.ParamType;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.api.UserException;
import org.nnlab.host.PluginInfo;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;

/**
 * The checks every plugin kind shares: name, description, API version, service registration and the
 * errors for bad parameters. Not implemented directly: {@link ActivationContract}, {@link LossContract},
 * {@link OptimizerContract} and {@link DatasetContract} extend it and supply {@link #plugin()} and
 * {@link #configurePlugin(Params)}.
 *
 * <p>Parameter errors are checked along the path the framework takes: {@link Params#resolve(Plugin, Map)}
 * followed by the plugin's {@code configure}, so a plugin's own extra validation counts too.
 */
public interface PluginContract {
    /** An unknown key used to provoke the "unknown parameter" error. */
    String UNKNOWN_KEY = "no-such-key";

    /** The plugin under test, configured. */
    Plugin plugin();

    /** Calls the plugin's own {@code configure} with {@code params}. */
    Plugin configurePlugin(Params params);

    /**
     * Parameters the plugin accepts, as YAML would give them; the parameter checks start from these and change
     * one key at a time. Override when a parameter is required (e.g. a data directory); defaults fill the rest.
     */
    default Map<String, Object> validParameters() {
        return Map.of();
    }

    @Test
    default void nameIsKebabCase() {
        String name = plugin().name();
        assertNotNull(name, plugin().getClass().getName() + ": name() must not be null");
        require(PluginRegistry.isValidName(name), plugin().getClass().getName() + ": name \"" + name
                + "\" must be kebab-case (lower-case words joined by '-', e.g. \"leaky-relu\")");
    }

    @Test
    default void nameIsHeldInNameConstant() throws IllegalAccessException {
        Class<?> type = plugin().getClass();
        Field constant;
        try {
            constant = type.getField("NAME");
        } catch (NoSuchFieldException e) {
            throw new AssertionError(plugin().name() + ": " + type.getName()
                    + " should hold its name in a public static final String NAME", e);
        }
        int modifiers = constant.getModifiers();
        require(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && constant.getType() == String.class,
                plugin().name() + ": " + type.getName() + ".NAME should be a static final String");
        assertEquals(plugin().name(), constant.get(null), type.getName() + ".NAME should equal name()");
    }

    @Test
    default void describesItselfInOneLine() {
        String description = plugin().description();
        require(description != null && !description.isBlank(),
                plugin().name() + ": description() should be one non-empty sentence");
        require(!description.contains("\n"), plugin().name() + ": description() should be one line, got: "
                + description);
    }

    @Test
    default void declaresCompatibleApiVersion() {
        int version = plugin().apiVersion();
        require(NnApi.isCompatible(version), plugin().name() + ": apiVersion() is " + version
                + ", but this nn-api accepts " + NnApi.OLDEST_SUPPORTED + ".." + NnApi.VERSION
                + "; return NnApi.VERSION");
    }

    @Test
    default void isRegisteredAsService() {
        Plugin plugin = plugin();
        PluginKind kind = PluginKind.of(plugin.getClass());
        PluginRegistry registry = PluginRegistry.builtIn();
        Optional<PluginInfo> info = registry.info(kind, plugin.name());
        require(info.isPresent(), plugin.name() + ": no " + kind.label() + " of that name is registered on the"
                + " class path; list " + plugin.getClass().getName() + " in META-INF/services/"
                + kind.type().getName() + (registry.problems().isEmpty() ? "" : "; discovery problems: "
                + registry.problems()));
        assertEquals(plugin.getClass(), info.get().prototype().getClass(), plugin.name()
                + ": the registered " + kind.label() + " of that name is another class");
    }

    @Test
    default void declaresWellFormedParameters() {
        for (ParamSpec spec : plugin().parameters()) {
            require(PluginRegistry.isValidName(spec.name()), plugin().name() + ": parameter \"" + spec.name()
                    + "\" must be kebab-case");
            require(!spec.description().isBlank(), plugin().name() + ": parameter " + spec.name()
                    + " needs a description");
        }
    }

    @Test
    default void configuresFromValidParameters() {
        Plugin configured = configurePlugin(Params.resolve(plugin(), validParameters()));
        assertNotNull(configured, plugin().name() + ": configure(" + validParameters() + ") returned null");
        assertEquals(plugin().name(), configured.name(), plugin().name() + ": configure() changed the name");
    }

    @Test
    default void rejectsUnknownKey_withValidKeys() {
        Map<String, Object> raw = new LinkedHashMap<>(validParameters());
        raw.put(UNKNOWN_KEY, 1);
        String message = rejection(raw, "an unknown key");
        String expected = plugin().name() + ": the error for unknown key \"" + UNKNOWN_KEY
                + "\" should name the plugin, the key and ";
        require(message.contains(plugin().name()) && message.contains(UNKNOWN_KEY), expected + "...; got: "
                + message);
        if (plugin().parameters().isEmpty()) {
            require(message.contains("no parameters"), expected + "say it takes no parameters; got: " + message);
        }
        for (ParamSpec spec : plugin().parameters()) {
            require(message.contains(spec.name()), expected + "list the valid keys, but "
                    + spec.name() + " is missing; got: " + message);
        }
    }

    @Test
    default void rejectsWrongType_namingPluginAndKey() {
        for (ParamSpec spec : plugin().parameters()) {
            boolean choice = spec.type() == ParamType.STRING && !spec.choices().isEmpty();
            if (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER
                    && spec.type() != ParamType.BOOLEAN && !choice) {
                continue;
            }
            String bad = choice ? "not-a-choice" : "fast";
            Map<String, Object> raw = new LinkedHashMap<>(validParameters());
            raw.put(spec.name(), bad);
            String message = rejection(raw, spec.name() + ": \"" + bad + "\"");
            require(message.contains(plugin().name()) && message.contains(spec.name())
                    && message.contains("\"" + bad + "\"") && message.contains(spec.expectation()),
                    plugin().name() + ": the error for " + spec.name() + ": \"" + bad + "\" should name the plugin,"
                            + " the key, the value and what is expected (" + spec.expectation() + "); got: " + message);
        }
    }

    @Test
    default void rejectsOutOfRangeValues() {
        for (ParamSpec spec : plugin().parameters()) {
            boolean ranged = (spec.type() == ParamType.NUMBER || spec.type() == ParamType.INTEGER)
                    && !spec.expectation().equals(spec.type().description());
            if (!ranged) {
                continue;
            }
            Object[] extremes = spec.type() == ParamType.NUMBER
                    ? new Object[] {-Double.MAX_VALUE, Double.MAX_VALUE}
                    : new Object[] {Long.MIN_VALUE, Long.MAX_VALUE};
            int rejected = 0;
            for (Object extreme : extremes) {
                Map<String, Object> raw = new LinkedHashMap<>(validParameters());
                raw.put(spec.name(), extreme);
                Optional<String> message = attempt(raw);
                if (message.isPresent()) {
                    rejected++;
                    require(message.get().contains(plugin().name()) && message.get().contains(spec.name())
                            && message.get().contains(spec.expectation()), plugin().name() + ": the error for "
                            + spec.name() + ": " + extreme + " should name the plugin, the key and the range ("
                            + spec.expectation() + "); got: " + message.get());
                }
            }
            require(rejected > 0, plugin().name() + ": " + spec.name() + " declares a range ("
                    + spec.expectation() + ") but accepted both " + extremes[0] + " and " + extremes[1]);
        }
    }

    private String rejection(Map<String, Object> raw, String what) {
        return attempt(raw).orElseGet(() -> fail(plugin().name() + ": configuring with " + what + " " + raw
                + " should fail with a UserException, but succeeded"));
    }

    /** The message of the {@link UserException} that resolving and configuring {@code raw} throws, if any. */
    private Optional<String> attempt(Map<String, Object> raw) {
        try {
            configurePlugin(Params.resolve(plugin(), raw));
            return Optional.empty();
        } catch (UserException e) {
            return Optional.of(e.getMessage());
        }
    }
}
