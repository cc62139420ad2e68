package org.nnlab.runner.progress;

/** Seconds as a clock reading: {@code 0:07}, {@code 4:05}, {@code 1:02:03}; {@code --:--} when unknown. */
final class Durations {
    private Durations() {
    }

    static void appendClock(StringBuilder out, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            out.append("--:--");
            return;
        }
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long secs = total % 60;
        if (hours > 0) {
            out.append(hours).append(':');
            twoDigits(out, minutes);
        } else {
            out.append(minutes);
        }
        out.append(':');
        twoDigits(out, secs);
    }

    static String clock(double seconds) {
        StringBuilder out = new StringBuilder();
        appendClock(out, seconds);
        return out.toString();
    }

    private static void twoDigits(StringBuilder out, long value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
