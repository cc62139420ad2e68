package org.nnlab.runner.run;

import java.util.Map;

/**
 * Tells, from a shutdown hook, a call of {@code System.exit} (or {@code Runtime.exit}) in this JVM from a signal
 * (Ctrl-C, kill): the thread that called exit is still inside {@code Runtime.exit}, waiting for the hooks, while a
 * signal's handler calls the JVM's shutdown directly.
 */
final class ExitRequest {
    private ExitRequest() {
    }

    /** Where exit was called (the calling frame, e.g. {@code com.example.Plugin.forward(Plugin.java:12)}), or null. */
    static String caller() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = thread.getValue();
            for (int i = 0; i < stack.length; i++) {
                if (is(stack[i], "java.lang.Runtime", "exit")) {
                    int j = i + 1;
                    if (j < stack.length && is(stack[j], "java.lang.System", "exit")) {
                        j++;
                    }
                    return j < stack.length ? describe(stack[j]) : "thread " + thread.getKey().getName();
                }
            }
        }
        return null;
    }

    /** The frame as {@code class.method(File.java:12)}, with the jar when a plugin loader names it. */
    private static String describe(StackTraceElement frame) {
        String at = frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                + frame.getLineNumber() + ")";
        String loader = frame.getClassLoaderName();
        return loader == null || loader.equals("app") ? at : at + " in " + loader;
    }

    private static boolean is(StackTraceElement frame, String className, String method) {
        return frame.getClassName().equals(className) && frame.getMethodName().equals(method);
    }
}
