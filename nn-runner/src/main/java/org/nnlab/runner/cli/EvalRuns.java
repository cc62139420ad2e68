package org.nnlab.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.nnlab.api.UserException;
import org.nnlab.runner.batch.PlanFile;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.run.RunRecorder;

/**
 * The run directories {@code nn eval} was given: run directories as they are, a batch directory as its finished
 * runs; and the test data each run recorded in its {@code provenance.json}, to refuse a vote across test sets.
 */
final class EvalRuns {
    private EvalRuns() {
    }

    /** The runs of {@code dirs}, a batch directory replaced by its finished runs (by name). */
    static List<Path> expand(List<Path> dirs) {
        List<Path> runs = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isRegularFile(dir.resolve(PlanFile.NAME))) {
                runs.add(dir);
                continue;
            }
            List<Path> finished;
            try (Stream<Path> children = Files.list(dir)) {
                finished = children.filter(Files::isDirectory).filter(RunResult::isComplete).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("could not list " + dir, e);
            }
            if (finished.isEmpty()) {
                throw new UserException(dir + ": the batch has no finished run yet; finish it with nn batch --resume "
                        + dir + ", or give run directories");
            }
            runs.addAll(finished);
        }
        return runs;
    }

    /**
     * What {@code runDir}'s provenance.json says of its test data: dataset name, test and class counts and the
     * checksums of the files read; null when the run recorded none.
     */
    static Map<String, Object> testData(Path runDir) {
        Map<?, ?> dataset = RecordedData.dataset(runDir);
        if (dataset == null) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("dataset", dataset.get("name"));
        facts.put("test examples", number(dataset.get("test")));
        facts.put("classes", number(dataset.get("classes")));
        facts.put("features", number(dataset.get("features")));
        List<Object> sums = new ArrayList<>();
        if (dataset.get("files") instanceof List<?> files) {
            for (Object file : files) {
                sums.add(file instanceof Map<?, ?> entry ? entry.get("sha256") : null);
            }
        }
        facts.put("data files sha256", sums);
        return facts;
    }

    /** Refuses runs whose recorded test data differ, naming the first two that differ and how. */
    static void requireSameTestData(List<Path> runs) {
        Path first = null;
        Map<String, Object> firstFacts = null;
        for (Path run : runs) {
            Map<String, Object> facts = testData(run);
            if (facts == null) {
                continue;
            }
            if (firstFacts == null) {
                first = run;
                firstFacts = facts;
                continue;
            }
            for (Map.Entry<String, Object> fact : firstFacts.entrySet()) {
                if (!Objects.equals(fact.getValue(), facts.get(fact.getKey()))) {
                    throw differentData(first, run, fact.getKey() + " " + shown(fact.getValue()) + " against "
                            + shown(facts.get(fact.getKey())) + " (" + RunRecorder.PROVENANCE + ")");
                }
            }
        }
    }

    static UserException differentData(Path a, Path b, String how) {
        return new UserException(a + " and " + b + " were evaluated on different test data: " + how + "; an"
                + " ensemble votes on one test set, so give runs trained on the same dataset settings");
    }

    private static Object number(Object value) {
        return value instanceof Number n ? n.longValue() : value;
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
