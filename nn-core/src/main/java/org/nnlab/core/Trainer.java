package org.nnlab.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Plugin;
import org.nnlab.api.Problem;
import org.nnlab.api.Schedule;
import org.nnlab.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mini-batch stochastic gradient descent (Nielsen ch. 1-3): each epoch shuffles the training set with the
 * {@code shuffle} stream, runs forward, backward and an optimizer step per mini-batch, then evaluates every set.
 * The last mini-batch of an epoch is shorter when the batch size does not divide n, as in network2.py.
 */
public final class Trainer {
    /** The random stream that orders each epoch's examples. */
    public static final String SHUFFLE_STREAM = "shuffle";

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /** No schedule: the optimizer's own rate throughout. */
    private static final Schedule CONSTANT_RATE = new Schedule() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public String description() {
            return "the optimizer's own learning rate in every epoch";
        }

        @Override
        public int apiVersion() {
            return org.nnlab.api.NnApi.VERSION;
        }

        @Override
        public Schedule configure(org.nnlab.api.Params params) {
            return this;
        }

        @Override
        public Run start(double initialRate, int epochs) {
            return epoch -> initialRate;
        }
    };

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final TrainingOptions options;

    /** A trainer at the optimizer's own learning rate in every epoch. */
    public Trainer(Network network, Loss loss, Optimizer optimizer, TrainingOptions options) {
        this(network, loss, optimizer, CONSTANT_RATE, options);
    }

    /** A trainer whose learning rate follows {@code schedule} from the optimizer's own. */
    public Trainer(Network network, Loss loss, Optimizer optimizer, Schedule schedule, TrainingOptions options) {
        this.network = Objects.requireNonNull(network, "network is null");
        this.loss = Objects.requireNonNull(loss, "loss is null");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer is null");
        this.schedule = Objects.requireNonNull(schedule, "schedule is null");
        this.options = Objects.requireNonNull(options, "options is null");
    }

    /** Trains {@code network} in place on {@code data.train()}; see the class comment. */
    public TrainingResult train(DataSplits data, RandomStreams random, TrainingListener listener) {
        ShapeCheck.requireCompatible(network, data);
        if (data.train().count() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        try (WorkerPool pool = new WorkerPool(options.threads())) {
            return train(data, random, listener, pool);
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof UserException) {
                throw e;
            }
            Optional<PluginFaultException> fault = PluginBlame.thrownBy(e, plugins());
            if (fault.isPresent()) {
                throw fault.get();
            }
            throw e;
        }
    }

    /** The plugins the loop calls, to their kind, for {@link PluginBlame}. */
    private Map<Plugin, String> plugins() {
        Map<Plugin, String> plugins = new LinkedHashMap<>();
        plugins.put(network.hiddenActivation(), "activation");
        plugins.put(network.outputActivation(), "activation");
        plugins.put(loss, "loss");
        plugins.put(optimizer, "optimizer");
        return plugins;
    }

    /** Divergence, unless the optimizer wrote NaN from finite gradients: then the optimizer's fault. */
    private RuntimeException diverged(int epoch, String what) {
        return PluginBlame.optimizerWroteNaN(optimizer, network.parameters())
                .<RuntimeException>map(fault -> fault.map(p -> new Problem(p.path(), "epoch " + epoch + ": "
                        + p.message())))
                .orElseGet(() -> new TrainingDivergedException(epoch, what));
    }

    private TrainingResult train(DataSplits data, RandomStreams random, TrainingListener listener, WorkerPool pool) {
        Examples train = data.train();
        int n = train.count();
        List<Parameter> parameters = network.parameters();
        Evaluator evaluator = new Evaluator(network, loss, optimizer, pool);
        Optimizer.Step step = optimizer.start(parameters, n);
        int firstWeights = firstLayerWeights(parameters);
        Workspaces workspaces = new Workspaces(network, pool, step, firstWeights);
        Schedule.Run rates = schedule.start(optimizer.learningRate(), options.epochs());
        Random shuffle = random.stream(SHUFFLE_STREAM);
        SparseExamples indexed = new SparseExamples(train);
        evaluator.index(train, indexed);
        EpochExamples epochExamples = new EpochExamples(train, indexed, data.augmentation(), random);
        int[] order = new int[n];
        int batchSize = Math.min(options.batchSize(), n);
        int batches = (n + batchSize - 1) / batchSize;

        List<EpochMetrics> history = new ArrayList<>();
        int bestEpoch = 0;
        double bestValidation = Double.NaN;
        boolean stoppedEarly = false;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            listener.epochStarted(epoch, options.epochs(), batches);
            double learningRate = rates.learningRate(epoch);
            long start = System.nanoTime();
            shuffle(order, shuffle);
            epochExamples.start(epoch);
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * batchSize;
                int rows = Math.min(batchSize, n - from);
                Backprop pass = workspaces.forSize(rows);
                pass.gather(epochExamples.indexed(), epochExamples.examples(), order, from);
                step.begin(rows, learningRate);
                runStep(pass, epoch);
                updateAllBut(firstWeights, parameters, step);
                listener.batchDone(epoch, batch + 1, batches);
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;

            long evalStart = System.nanoTime();
            Evaluation trainEval;
            Evaluation validation;
            Evaluation test;
            try {
                trainEval = options.evaluateTrain() ? evaluator.evaluate(train) : Evaluation.NONE;
                validation = evaluator.evaluate(data.validation());
                test = evaluator.evaluate(data.test());
            } catch (Guard.NonFinite e) {
                throw diverged(epoch, e.getMessage() + " while evaluating");
            }
            EpochMetrics metrics = new EpochMetrics(epoch, trainEval, validation, test, trainSeconds,
                    (System.nanoTime() - evalStart) / 1e9, learningRate);
            requireFinite(epoch, metrics, parameters);
            history.add(metrics);
            listener.epochEnded(metrics);
            rates.epochEnded(epoch, validation.count() == 0 ? Double.NaN : validation.accuracy());

            if (validation.count() == 0) {
                bestEpoch = epoch;
            } else if (Double.isNaN(bestValidation) || validation.accuracy() > bestValidation) {
                bestValidation = validation.accuracy();
                bestEpoch = epoch;
            } else if (options.patience() > 0 && epoch - bestEpoch >= options.patience()) {
                LOG.info("Stopping early after epoch {}: no better validation accuracy than {} (epoch {}) for {} epochs",
                        epoch, bestValidation, bestEpoch, options.patience());
                stoppedEarly = epoch < options.epochs();
                break;
            }
            if (rates.finished()) {
                LOG.info("Stopping after epoch {}: the learning rate schedule is finished (rate {})", epoch,
                        learningRate);
                stoppedEarly = epoch < options.epochs();
                break;
            }
        }
        return new TrainingResult(history, bestEpoch, bestValidation, stoppedEarly);
    }

    /**
     * The index of the first layer's weights among the parameters: the backward pass steps them itself, row by
     * row as their gradients are summed, skipping the sums of inputs that are zero in the whole batch (most of
     * MNIST's border); the trainer steps the rest after it ({@link #updateAllBut}).
     */
    private int firstLayerWeights(List<Parameter> parameters) {
        Matrix firstWeights = network.layers().get(0).weights();
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).value() == firstWeights) {
                return p;
            }
        }
        throw new IllegalStateException("the first layer's weights are not among the network's parameters");
    }

    /** Every parameter's whole update but number {@code skipped}'s, which the backward pass made. */
    private static void updateAllBut(int skipped, List<Parameter> parameters, Optimizer.Step step) {
        for (int p = 0; p < parameters.size(); p++) {
            if (p != skipped) {
                step.update(p, 0, parameters.get(p).value().data().length);
            }
        }
    }

    private void runStep(Backprop pass, int epoch) {
        try {
            pass.forwardGathered();
            pass.backward(loss);
        } catch (Guard.NonFinite e) {
            throw diverged(epoch, e.getMessage());
        } catch (PluginFaultException e) {
            throw e.map(p -> new Problem(p.path(), "epoch " + epoch + ": " + p.message()));
        }
    }

    /** Fisher-Yates over 0..n-1, fresh each epoch so the order depends only on the seed and the epoch. */
    static void shuffle(int[] order, Random random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void requireFinite(int epoch, EpochMetrics metrics, List<Parameter> parameters) {
        for (Evaluation e : List.of(metrics.train(), metrics.validation(), metrics.test())) {
            if (e.count() > 0 && !Double.isFinite(e.cost())) {
                throw diverged(epoch, "the cost is " + e.cost());
            }
        }
        for (Parameter p : parameters) {
            if (!p.value().allFinite()) {
                throw diverged(epoch, p.name() + " holds NaN or infinite values");
            }
        }
    }
}
