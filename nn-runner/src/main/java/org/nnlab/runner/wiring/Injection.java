package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;

/**
 * Creates the one injector of a command (production stage: singletons are built, so data is loaded and shapes
 * checked, when it is created; explicit bindings only; no circular proxies) and gets instances from it. A user's
 * mistake or an I/O failure raised while building is rethrown as itself, not wrapped in Guice's report.
 */
public final class Injection {
    private Injection() {
    }

    public static Injector create(List<Module> modules) {
        List<Module> all = new ArrayList<>(modules);
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
            }
        });
        try {
            return Guice.createInjector(Stage.PRODUCTION, all);
        } catch (CreationException e) {
            throw unwrap(e.getErrorMessages(), e);
        }
    }

    public static <T> T instance(Injector injector, Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            throw unwrap(e.getErrorMessages(), e);
        }
    }

    private static RuntimeException unwrap(Collection<Message> messages, RuntimeException original) {
        Set<Problem> problems = new LinkedHashSet<>();
        UserException first = null;
        for (Message message : messages) {
            Throwable cause = message.getCause();
            if (cause instanceof UserException user) {
                first = first == null ? user : first;
                problems.addAll(user.problems());
            } else if (cause instanceof UncheckedIOException io && first == null) {
                return io;
            } else if (cause != null || first == null) {
                return original;
            }
        }
        if (first == null) {
            return original;
        }
        UserException combined = problems.size() == first.problems().size() ? first
                : new UserException(List.copyOf(problems));
        return combined;
    }
}
