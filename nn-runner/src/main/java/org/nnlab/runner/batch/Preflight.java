package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;
import org.nnlab.core.ShapeCheck;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.PatienceCheck;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.wiring.LayeredNetworks;

/**
 * What is checked before a batch's first run, so a batch that cannot start writes nothing: each distinct dataset
 * setting is loaded and every run's layer sizes are checked against it; then how much heap a run needs is known.
 */
final class Preflight {
    /**
     * The data loaded (the first setting's kept), the largest estimate of a run's heap, and the files each dataset
     * setting read.
     */
    record Checked(SharedData data, long bytesPerRun, long droppedBytes, Map<PluginChoice, List<Path>> dataFiles) {
    }

    private Preflight() {
    }

    static Checked check(BatchPlan plan, List<Integer> todo, BatchEnvironment env) {
        List<PluginChoice> settings = todo.stream().map(i -> plan.runs().get(i).loaded().spec().dataset()).toList();
        SharedData shared = new SharedData(env.datasets(), settings);
        Map<PluginChoice, List<Integer>> runsBySetting = new LinkedHashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            runsBySetting.computeIfAbsent(settings.get(i), s -> new ArrayList<>()).add(todo.get(i));
        }
        RunProblems problems = new RunProblems(plan.grid());
        boolean failed = false;
        long bytesPerRun = 0;
        long dropped = 0;
        Map<PluginChoice, List<Path>> dataFiles = new LinkedHashMap<>();
        for (Map.Entry<PluginChoice, List<Integer>> setting : runsBySetting.entrySet()) {
            DataSplits data;
            try {
                data = shared.get(setting.getKey());
            } catch (UserException e) {
                for (int i : setting.getValue()) {
                    add(problems, plan.runs().get(i), e);
                }
                failed = true;
                continue;
            }
            dataFiles.put(setting.getKey(), data.sourceFiles());
            long nonZeros = Parallelism.nonZeros(data);
            for (int i : setting.getValue()) {
                PlannedRun run = plan.runs().get(i);
                try {
                    ExperimentSpec spec = run.loaded().spec();
                    long bytes;
                    if (spec.network().layered()) {
                        Network network = LayeredNetworks.build(spec.network(), data,
                                new java.util.Random(0));
                        bytes = Parallelism.bytesPerLayeredRun(spec, network);
                    } else {
                        ShapeCheck.requireCompatible(spec.network().sizes(), data.featureCount(), data.classCount());
                        bytes = Parallelism.bytesPerRun(spec, data, nonZeros);
                    }
                    PatienceCheck.requireValidation(spec, data.validation().count());
                    bytesPerRun = Math.max(bytesPerRun, bytes);
                } catch (UserException e) {
                    add(problems, run, e);
                    failed = true;
                }
            }
            if (!setting.getKey().equals(settings.get(0))) {
                dropped += SharedData.bytes(data);
            }
        }
        if (failed) {
            throw new UserException(problems.lines(plan.runs().size()).stream().map(line -> new Problem("", line))
                    .toList());
        }
        if (!settings.isEmpty()) {
            shared.dropAllBut(settings.get(0));
        }
        return new Checked(shared, bytesPerRun, dropped, dataFiles);
    }

    private static void add(RunProblems problems, PlannedRun run, UserException e) {
        for (Problem p : run.loaded().locate(e).problems()) {
            problems.add(p.toString(), run.origins(), run.name());
        }
    }
}
