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
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Configures logback for one command: the console on standard error ({@code --quiet}: warnings and errors only;
 * {@code --verbose}: debug too) and, while a run lasts, {@code run.log} with timestamps, levels, loggers and stack
 * traces.
 */
public final class LogSetup {
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

    /** Starts writing everything logged to {@code file}, until the returned handle is closed. */
    public RunLog attach(Path file) {
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
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

    /** An attached run log; closing detaches it. */
    public interface RunLog extends AutoCloseable {
        @Override
        void close();
    }
}
