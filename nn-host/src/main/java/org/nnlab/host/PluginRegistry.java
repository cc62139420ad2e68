package org.nnlab.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.nnlab.api.Activation;
import org.nnlab.api.Dataset;
import org.nnlab.api.Layer;
import org.nnlab.api.Loss;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Plugin;
import org.nnlab.api.Problem;
import org.nnlab.api.Schedule;
import org.nnlab.api.Suggestions;
import org.nnlab.api.UserException;

/**
 * Every plugin of every kind, found with {@link ServiceLoader} in one or more {@link PluginSource}s.
 *
 * <p>Strict: a name must be kebab-case; two providers with one name are both unusable, and the problem
 * names both jars (whatever their API versions); a provider that fails to load is reported with its jar and
 * cause; a plugin built for an incompatible API version is refused. One class seen through several sources
 * (loaders that share it) is one plugin. Discovery itself never throws for such problems: it collects
 * them all ({@link #problems()}), the other plugins stay usable, and {@link #find} of a broken name
 * throws a {@link UserException} that says why.
 *
 * <p>Plugin jars come from {@link PluginDirectories#scan}: {@link #builtInAnd(PluginScan)} adds the scan's
 * problems (a file that is not a jar) and {@linkplain #warnings() warnings} (a jar with no providers) to the
 * registry's own.
 */
public final class PluginRegistry {
    static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_PROVIDER_ERRORS = 1_000;

    private final Map<PluginKind, Map<String, PluginInfo>> plugins = new EnumMap<>(PluginKind.class);
    /** The first provider of each kebab-case name, usable or not: the other jar named in a clash. */
    private final Map<PluginKind, Map<String, PluginInfo>> firstClaims = new EnumMap<>(PluginKind.class);
    private final Map<PluginKind, Map<String, List<Problem>>> unusable = new EnumMap<>(PluginKind.class);
    private final Map<PluginKind, Set<Class<?>>> seen = new EnumMap<>(PluginKind.class);
    /** Providers that failed before their name was known: an unknown name's error lists them as possible causes. */
    private final Map<PluginKind, List<Problem>> unnamed = new EnumMap<>(PluginKind.class);
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private PluginRegistry() {
        for (PluginKind kind : PluginKind.values()) {
            plugins.put(kind, new TreeMap<>());
            firstClaims.put(kind, new TreeMap<>());
            unusable.put(kind, new TreeMap<>());
            seen.put(kind, new HashSet<>());
            unnamed.put(kind, new ArrayList<>());
        }
    }

    /** The plugins on the framework's own class path. */
    public static PluginRegistry builtIn() {
        return discover(List.of(PluginSource.builtIn()));
    }

    /** The plugins on the framework's own class path, then those of the plugin directories {@code scan} found. */
    public static PluginRegistry builtInAnd(PluginScan scan) {
        return discover(List.of(PluginSource.builtIn()), scan);
    }

    /**
     * As {@link #builtInAnd(PluginScan)}, telling {@code loading} the label of each source (a plugin jar or
     * directory) before its providers are loaded: their static initializers run then, and a watchdog can name the
     * jar that hangs.
     */
    public static PluginRegistry builtInAnd(PluginScan scan, Consumer<String> loading) {
        return discover(List.of(PluginSource.builtIn()), scan, loading);
    }

    /** The plugins of every source, in order. Never throws for a broken plugin: see {@link #problems()}. */
    public static PluginRegistry discover(List<PluginSource> sources) {
        return discover(sources, PluginScan.empty());
    }

    /**
     * The plugins of {@code sources}, then those of {@code scan}'s sources; the scan's problems come first in
     * {@link #problems()}, its warnings in {@link #warnings()}.
     */
    public static PluginRegistry discover(List<PluginSource> sources, PluginScan scan) {
        return discover(sources, scan, label -> { });
    }

    private static PluginRegistry discover(List<PluginSource> sources, PluginScan scan, Consumer<String> loading) {
        PluginRegistry registry = new PluginRegistry();
        scan.problems().forEach(registry::report);
        registry.warnings.addAll(scan.warnings());
        List<PluginSource> all = new ArrayList<>(sources);
        all.addAll(scan.sources());
        for (PluginSource source : all) {
            if (!sources.contains(source)) {
                loading.accept(source.label());
            }
            for (PluginKind kind : PluginKind.values()) {
                registry.load(kind, source);
            }
        }
        return registry;
    }

    /** Whether {@code name} is a valid plugin or parameter name: lower-case words joined by '-', e.g. {@code leaky-relu}. */
    public static boolean isValidName(String name) {
        return name != null && KEBAB_CASE.matcher(name).matches();
    }

    private void load(PluginKind kind, PluginSource source) {
        Iterator<? extends Plugin> providers = ServiceLoader.load(kind.type(), source.loader()).iterator();
        for (int errors = 0; errors < MAX_PROVIDER_ERRORS; ) {
            Plugin plugin;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                plugin = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                // ServiceLoader wraps most failures, but not a LinkageError from loading the class itself
                // (a class file for a newer Java, a missing superclass)
                errors++;
                reportUnnamed(kind, new Problem("", Locations.describeFailure(kind, source, e)));
                continue;
            }
            if (!seen.get(kind).add(plugin.getClass())) {
                continue; // the same class seen through two loaders that share it
            }
            try {
                add(kind, plugin, Locations.of(plugin.getClass(), source));
            } catch (RuntimeException | LinkageError e) {
                reportUnnamed(kind, new Problem("", kind.label() + " provider " + plugin.getClass().getName() + " in "
                        + Locations.of(plugin.getClass(), source) + " failed: " + Locations.cause(e)));
            }
        }
    }

    private void add(PluginKind kind, Plugin plugin, String location) {
        String name = plugin.name();
        String className = plugin.getClass().getName();
        if (!isValidName(name)) {
            reportUnnamed(kind, new Problem("", kind.label() + " provider " + className + " in " + location + " has name "
                    + (name == null ? "null" : "\"" + name + "\"")
                    + ", which is not kebab-case (lower-case words joined by '-', e.g. \"leaky-relu\")"));
            return;
        }
        int version = plugin.apiVersion();
        PluginInfo info = new PluginInfo(kind, name, plugin, location);
        List<Problem> reasons = new ArrayList<>();
        if (!NnApi.isCompatible(kind.type(), version)) {
            reasons.add(new Problem("", kind.label() + " \"" + name + "\" in " + location
                    + " was built against nnlab API version " + version + ", but this nnlab has API version "
                    + NnApi.VERSION + " (accepts " + NnApi.oldestSupported(kind.type()) + ".." + NnApi.VERSION
                    + "); rebuild the plugin against nn-api " + NnApi.VERSION));
        }
        PluginInfo first = firstClaims.get(kind).putIfAbsent(name, info);
        if (first != null && reasons.isEmpty() && first.pluginJar().isEmpty() && info.pluginJar().isPresent()) {
            warnings.add(new Problem("", location + " has " + withArticle(kind.label()) + " named \"" + name
                    + "\" (" + className + "), like the built-in one; the built-in " + name + " wins and the jar's is"
                    + " not used; rename the plugin (e.g. \"my-" + name + "\") to use it"));
            return;
        }
        if (first != null) {
            reasons.add(new Problem("", "two " + kind.label() + " plugins are named \"" + name + "\": "
                    + first.prototype().getClass().getName() + " in " + first.location() + " and " + className
                    + " in " + location + "; remove one of the jars or rename one plugin"));
            plugins.get(kind).remove(name);
        }
        if (!reasons.isEmpty()) {
            reasons.forEach(this::report);
            unusable.get(kind).computeIfAbsent(name, n -> new ArrayList<>()).addAll(reasons);
            return;
        }
        plugins.get(kind).put(name, info);
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** Records a problem once: overlapping sources may show one broken provider twice. */
    private void report(Problem problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /** A problem of a provider whose name is unknown or invalid: it may be the plugin a lookup misses. */
    private void reportUnnamed(PluginKind kind, Problem problem) {
        if (!problems.contains(problem)) {
            unnamed.get(kind).add(problem);
        }
        report(problem);
    }

    /**
     * The prototype of the plugin {@code name} of {@code type}'s kind.
     *
     * @throws UserException naming the valid names and the closest match when {@code name} is unknown (with the
     *                       providers of that kind that failed before their name was known, as possible causes),
     *                       or the reason when the plugin is unusable (duplicate, incompatible)
     */
    public <T extends Plugin> T find(Class<T> type, String name) {
        PluginKind kind = PluginKind.of(type);
        PluginInfo info = plugins.get(kind).get(name);
        if (info != null) {
            return type.cast(info.prototype());
        }
        List<Problem> reasons = unusable.get(kind).get(name);
        if (reasons != null) {
            throw new UserException(reasons);
        }
        List<Problem> unknown = new ArrayList<>();
        unknown.add(new Problem("", Suggestions.unknown(kind.label(), name, names(kind))));
        unknown.addAll(unnamed.get(kind));
        throw new UserException(unknown);
    }

    /**
     * Why the plugin {@code name} of {@code kind} cannot be used (two providers with the name, an incompatible
     * API version), or an empty list when it is usable or unknown.
     */
    public List<Problem> whyUnusable(PluginKind kind, String name) {
        List<Problem> reasons = unusable.get(kind).get(name);
        return reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Activation activation(String name) {
        return find(Activation.class, name);
    }

    public Loss loss(String name) {
        return find(Loss.class, name);
    }

    public Optimizer optimizer(String name) {
        return find(Optimizer.class, name);
    }

    public Layer layer(String name) {
        return find(Layer.class, name);
    }

    public Dataset dataset(String name) {
        return find(Dataset.class, name);
    }

    public Schedule schedule(String name) {
        return find(Schedule.class, name);
    }

    /** The usable names of one kind, sorted. */
    public Set<String> names(PluginKind kind) {
        return Collections.unmodifiableSet(plugins.get(kind).keySet());
    }

    /** The usable plugins of one kind, sorted by name. */
    public List<PluginInfo> plugins(PluginKind kind) {
        return List.copyOf(plugins.get(kind).values());
    }

    /** The plugin {@code name} of {@code kind}, if usable. */
    public Optional<PluginInfo> info(PluginKind kind, String name) {
        return Optional.ofNullable(plugins.get(kind).get(name));
    }

    /** Every problem found while discovering, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Things worth telling that break nothing (a plugin jar with no providers), in the order found. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** Throws one {@link UserException} listing every discovery problem, if there are any. */
    public void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
    }
}
