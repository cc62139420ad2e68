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
        return train(data, random, listener, Checkpoints.NONE);
    }

    /**
     * {@link #train(DataSplits, RandomStreams, TrainingListener)}, continuing after the last epoch of
     * {@code checkpoints}' state when it has one (the result's history starts with that state's epochs, which
     * {@code listener} does not hear of again), and handing it the state after each epoch trained that does not
     * end the training (after {@code listener} heard of it).
     */
    public TrainingResult train(DataSplits data, RandomStreams random, TrainingListener listener,
                                Checkpoints checkpoints) {
        ShapeCheck.requireCompatible(network, data);
        if (data.train().count() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        try (WorkerPool pool = new WorkerPool(options.threads())) {
            return train(data, random, listener, checkpoints, pool);
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
        network.layerStack().ifPresent(stack -> stack.stages().forEach(stage -> {
            plugins.put(stage.layer(), "layer");
            if (stage.activation() != null) {
                plugins.put(stage.activation(), "activation");
            }
        }));
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

    private TrainingResult train(DataSplits data, RandomStreams random, TrainingListener listener,
                                 Checkpoints checkpoints, WorkerPool pool) {
        Examples train = data.train();
        int n = train.count();
        List<Parameter> parameters = network.parameters();
        Evaluator evaluator = new Evaluator(network, loss, optimizer, pool);
        Optimizer.Step step = optimizer.start(parameters, n);
        TrainingSteps steps = TrainingSteps.of(network, pool, step, train, evaluator, random);
        Schedule.Run rates = schedule.start(optimizer.learningRate(), options.epochs());
        Optional<TrainingState> resumed = checkpoints.resumeFrom();
        resumed.ifPresent(state -> Resumption.restore(state, parameters, optimizer, step, rates, random));
        boolean saving = checkpoints.saving() && step.savesState();
        if (checkpoints.saving() && !saving) {
            LOG.warn("No checkpoints: optimizer \"{}\" ({}) does not report its state (Optimizer.Step.savesState),"
                    + " so this run cannot be resumed", optimizer.name(), PluginFaultException.origin(optimizer));
        }
        Random shuffle = random.stream(SHUFFLE_STREAM);
        EpochExamples epochExamples = new EpochExamples(train, data.augmentation(), random);
        int[] order = new int[n];
        int batchSize = Math.min(options.batchSize(), n);
        int batches = (n + batchSize - 1) / batchSize;

        List<EpochMetrics> history = new ArrayList<>(resumed.map(TrainingState::history).orElse(List.of()));
        BestEpoch best = resumed.map(r -> new BestEpoch(r.bestEpoch(), r.bestValidationAccuracy()))
                .orElseGet(BestEpoch::new);
        boolean stoppedEarly = false;
        for (int epoch = history.size() + 1; epoch <= options.epochs(); epoch++) {
            listener.epochStarted(epoch, options.epochs(), batches);
            double learningRate = rates.learningRate(epoch);
            long start = System.nanoTime();
            shuffle(order, shuffle);
            if (epochExamples.start(epoch)) {
                steps.trainOn(epochExamples.examples());
            }
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * batchSize;
                int rows = Math.min(batchSize, n - from);
                steps.load(order, from, rows, epoch, batch + 1);
                step.begin(rows, learningRate);
                runStep(steps, epoch);
                steps.updateRest(step);
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

            if (!best.offer(epoch, validation) && options.patience() > 0 && epoch - best.epoch() >= options.patience()) {
                LOG.info("Stopping early after epoch {}: no better validation accuracy than {} (epoch {}) for {} epochs",
                        epoch, best.validationAccuracy(), best.epoch(), options.patience());
                stoppedEarly = epoch < options.epochs();
                break;
            }
            if (rates.finished()) {
                LOG.info("Stopping after epoch {}: the learning rate schedule is finished (rate {})", epoch,
                        learningRate);
                stoppedEarly = epoch < options.epochs();
                break;
            }
            if (saving) {
                checkpoints.save(Resumption.capture(history, best.epoch(), best.validationAccuracy(), parameters, step, random));
            }
        }
        return new TrainingResult(history, best.epoch(), best.validationAccuracy(), stoppedEarly);
    }

    private void runStep(TrainingSteps steps, int epoch) {
        try {
            steps.forwardBackward(loss);
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
