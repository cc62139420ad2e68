package org.nnlab.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;
import org.nnlab.api.UserException;

/**
 * The fixed split of {@link Digits20Dataset}, the same for every run and seed. Within each class, in source
 * order, every fifth example (positions 4, 9, 14, ... counted from 0) is a test example: 1 in 5 per class.
 * Then {@code validation} examples are taken out of the rest, one class at a time in turn (0, 1, ..., 9, 0, ...),
 * each time the last remaining training example of that class. Each split keeps the source order.
 */
final class StratifiedSplit {
    static final int TEST_EVERY = 5;

    private StratifiedSplit() {
    }

    static DataSplits split(LabelledImages data, int validation) {
        List<List<Integer>> train = new ArrayList<>();
        for (int k = 0; k < data.classCount(); k++) {
            train.add(new ArrayList<>());
        }
        int[] seen = new int[data.classCount()];
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < data.count(); i++) {
            int label = data.labels()[i];
            (seen[label]++ % TEST_EVERY == TEST_EVERY - 1 ? test : train.get(label)).add(i);
        }
        int trainCount = data.count() - test.size();
        if (validation >= trainCount) {
            throw new UserException("validation", "holding out " + validation + " examples leaves none to train on:"
                    + " the training part holds " + trainCount + " (" + data.count() + " examples less " + test.size()
                    + " for test); use a value below " + trainCount);
        }
        List<Integer> held = new ArrayList<>();
        for (int label = 0; held.size() < validation; label = (label + 1) % data.classCount()) {
            List<Integer> candidates = train.get(label);
            if (!candidates.isEmpty()) {
                held.add(candidates.remove(candidates.size() - 1));
            }
        }
        Examples all = new Examples(data.featureCount(), data.classCount(), data.features(), data.labels());
        List<Integer> rest = new ArrayList<>();
        train.forEach(rest::addAll);
        return new DataSplits(all.select(sorted(rest)), all.select(sorted(held)), all.select(sorted(test)),
                data.width(), data.height(), data.files());
    }

    private static int[] sorted(List<Integer> indices) {
        int[] array = indices.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
