package org.nnlab.core;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * One seeded root split into named, independent streams ({@code init}, {@code shuffle}, ...): adding a new
 * random consumer never shifts the numbers another one sees.
 *
 * <p>Streams are {@link java.util.Random}, whose algorithm (and that of {@code nextGaussian}) the Java
 * specification fixes, so a seed gives the same numbers on every JDK.
 *
 * <p>For checkpoints, {@link #states()} reads where each stream handed out so far stands, and {@link #restore}
 * makes the next request for such a stream continue from a saved state instead of its start.
 */
public final class RandomStreams {
    private final long seed;
    /** The last generator handed out per name, in order of first request. */
    private final Map<String, StreamRandom> handedOut = new LinkedHashMap<>();
    /** Saved states the next request for a name starts from. */
    private final Map<String, StreamState> restored = new LinkedHashMap<>();

    /**
     * Where a stream stands: the 48-bit state of {@link Random}'s generator and the second Gaussian of a pair
     * that {@code nextGaussian} keeps for its next call.
     */
    public record StreamState(long state, boolean haveNextGaussian, double nextGaussian) {
    }

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh generator for the stream {@code name}; the same name always gives the same sequence. */
    public Random stream(String name) {
        StreamState saved = restored.remove(name);
        StreamRandom random = saved == null ? new StreamRandom(streamSeed(name)) : new StreamRandom(saved);
        handedOut.put(name, random);
        return random;
    }

    /** Where each stream handed out so far stands now, by name. */
    public Map<String, StreamState> states() {
        Map<String, StreamState> states = new LinkedHashMap<>();
        handedOut.forEach((name, random) -> states.put(name, random.state()));
        return states;
    }

    /** The next {@link #stream} of each name in {@code states} continues from its state there. */
    public void restore(Map<String, StreamState> states) {
        restored.putAll(states);
    }

    /** The seed of stream {@code name}: SplitMix64 of the root seed mixed with a 64-bit FNV-1a hash of the name. */
    public long streamSeed(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(seed ^ mix(hash));
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
