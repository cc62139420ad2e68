package org.nnlab.runner.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Configures logback for one command: the console on standard error ({@code --quiet}: warnings and errors only;
 * {@code --verbose}: debug too) and, while a run lasts, {@code run.log} with timestamps, levels, loggers and stack
 * traces. Runs that share the JVM (a batch) each set {@link #RUN_KEY} in their thread's MDC: a run log attached on
 * such a thread takes that run's lines only.
 */
public final class LogSetup {
    /** The MDC key naming the run a thread works for, when several runs share the JVM. */
    public static final String RUN_KEY = "nn.run";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{36} - %msg%n";

    private final LoggerContext context;

    public LogSetup(LoggerContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    /** The logback context behind slf4j. */
    public static LogSetup forSlf4j() {
        return new LogSetup((LoggerContext) LoggerFactory.getILoggerFactory());
    }

    /** Replaces any configuration with the console appender. */
    public void console(boolean quiet, boolean verbose) {
        context.reset();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        ConsoleLayout layout = new ConsoleLayout();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();
        console.setEncoder(encoder);
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(quiet ? "WARN" : verbose ? "DEBUG" : "INFO");
        threshold.start();
        console.addFilter(threshold);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : Level.INFO);
        root.addAppender(console);
    }

    /** From now on, the console leaves out the info and debug lines of runs (they stay in each run's log). */
    public void hideRunDetailsOnConsole() {
        var console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("console");
        if (console != null) {
            console.addFilter(filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                    || !e.getMDCPropertyMap().containsKey(RUN_KEY)));
        }
    }

    /**
     * Starts writing everything logged to {@code file}, until the returned handle is closed; only the lines of
     * this thread's run when the thread names one under {@link #RUN_KEY}.
     */
    public RunLog attach(Path file) {
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        String run = MDC.get(RUN_KEY);
        if (run != null) {
            appender.addFilter(filter(e -> run.equals(e.getMDCPropertyMap().get(RUN_KEY))));
        }
        appender.setContext(context);
        appender.setName("run-log");
        appender.setFile(file.toString());
        appender.setAppend(true);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(FILE_PATTERN);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return () -> {
            root.detachAppender(appender);
            appender.stop();
        };
    }

    private static Filter<ILoggingEvent> filter(java.util.function.Predicate<ILoggingEvent> accept) {
        Filter<ILoggingEvent> filter = new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return accept.test(event) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        };
        filter.start();
        return filter;
    }

    /** An attached run log; closing detaches it. */
    public interface RunLog extends AutoCloseable {
        @Override
        void close();
    }
}
