package org.nnlab.core;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * One seeded root split into named, independent streams ({@code init}, {@code shuffle}, ...): adding a new
 * random consumer never shifts the numbers another one sees.
 *
 * <p>Streams are {@link java.util.Random}, whose algorithm (and that of {@code nextGaussian}) the Java
 * specification fixes, so a seed gives the same numbers on every JDK.
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh generator for the stream {@code name}; the same name always gives the same sequence. */
    public Random stream(String name) {
        return new Random(streamSeed(name));
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
