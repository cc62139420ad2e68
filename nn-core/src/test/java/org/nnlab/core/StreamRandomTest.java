package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Streams give java.util.Random's numbers, and a saved state continues them exactly. */
class StreamRandomTest {
    private static void draw(Random random, StringBuilder out, int rounds) {
        for (int i = 0; i < rounds; i++) {
            out.append(random.nextInt(1000)).append(',').append(random.nextInt()).append(',')
                    .append(random.nextLong()).append(',').append(random.nextDouble()).append(',')
                    .append(random.nextFloat()).append(',').append(random.nextBoolean()).append(',')
                    .append(random.nextGaussian()).append(';');
        }
    }

    @Test
    void aStreamGivesTheNumbersOfJavaUtilRandom() {
        RandomStreams streams = new RandomStreams(42);
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        draw(new Random(streams.streamSeed("shuffle")), expected, 500);
        draw(streams.stream("shuffle"), actual, 500);
        assertEquals(expected.toString(), actual.toString(), "every method, Gaussians included, as Random's");
    }

    @Test
    void aRestoredStreamContinuesWhereTheSavedOneStood() {
        RandomStreams first = new RandomStreams(3);
        Random shuffle = first.stream("shuffle");
        Random dropout = first.stream("dropout");
        shuffle.nextInt(17);
        dropout.nextGaussian(); // leaves the pair's second Gaussian waiting
        Map<String, RandomStreams.StreamState> saved = first.states();
        StringBuilder expected = new StringBuilder();
        draw(shuffle, expected, 50);
        draw(dropout, expected, 50);

        RandomStreams second = new RandomStreams(3);
        second.restore(saved);
        StringBuilder actual = new StringBuilder();
        draw(second.stream("shuffle"), actual, 50);
        draw(second.stream("dropout"), actual, 50);
        assertEquals(expected.toString(), actual.toString(), "both streams continue from their saved states");
    }
}
