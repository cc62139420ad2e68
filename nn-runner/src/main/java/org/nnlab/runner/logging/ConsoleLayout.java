package org.nnlab.runner.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.util.Locale;

/** Console lines: an info message as it is; other levels prefixed ({@code warning: ...}); no stack traces. */
final class ConsoleLayout extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
        Level level = event.getLevel();
        String message = event.getFormattedMessage();
        if (level == Level.INFO) {
            return message + System.lineSeparator();
        }
        String prefix = level == Level.WARN ? "warning" : level.toString().toLowerCase(Locale.ROOT);
        String logger = level.toInt() < Level.INFO_INT ? " [" + shortName(event.getLoggerName()) + "]" : "";
        return prefix + logger + ": " + message + System.lineSeparator();
    }

    private static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
