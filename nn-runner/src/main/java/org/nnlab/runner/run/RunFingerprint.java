package org.nnlab.runner.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.UserException;

/**
 * What a checkpoint must match for a run to be resumed bit for bit: SHA-256 digests of the resolved config, of
 * the plugins used (kind, name, class and jar checksum, wherever the jar now lies) and of the data (each file's
 * checksum and the split sizes, wherever the files now lie). Kept as the checkpoint file's tags.
 */
public final class RunFingerprint {
    public static final String CONFIG = "config-sha256";
    public static final String PLUGINS = "plugins-sha256";
    public static final String DATA = "data-sha256";

    private RunFingerprint() {
    }

    /** The digests of a run of {@code resolvedConfig} whose provenance is {@code provenance}. */
    public static Map<String, String> of(String resolvedConfig, Provenance provenance) {
        Map<String, Object> facts = provenance.toMap(RunStatus.RUNNING, null);
        List<Object> plugins = new ArrayList<>();
        if (facts.get("plugins") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map) {
                    plugins.add(List.of(String.valueOf(map.get("kind")), String.valueOf(map.get("name")),
                            String.valueOf(map.get("class")), String.valueOf(map.get("sha256"))));
                }
            }
        }
        List<Object> data = new ArrayList<>();
        if (facts.get("dataset") instanceof Map<?, ?> dataset) {
            for (String key : List.of("name", "train", "validation", "test", "features", "classes")) {
                data.add(String.valueOf(dataset.get(key)));
            }
            if (dataset.get("files") instanceof List<?> files) {
                for (Object file : files) {
                    data.add(file instanceof Map<?, ?> map ? String.valueOf(map.get("sha256")) : "?");
                }
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(CONFIG, sha256(resolvedConfig));
        tags.put(PLUGINS, sha256(plugins.toString()));
        tags.put(DATA, sha256(data.toString()));
        return tags;
    }

    /**
     * Throws when {@code now} differs from {@code recorded} (a checkpoint's tags), naming what changed.
     *
     * @param checkpoint the checkpoint file, for the message
     */
    public static void requireSame(Map<String, String> recorded, Map<String, String> now, String checkpoint) {
        List<String> changed = new ArrayList<>();
        if (!now.get(CONFIG).equals(recorded.get(CONFIG))) {
            changed.add("its config (" + RunRecorder.CONFIG + ")");
        }
        if (!now.get(PLUGINS).equals(recorded.get(PLUGINS))) {
            changed.add("the plugins it uses (a jar or the framework was rebuilt or replaced)");
        }
        if (!now.get(DATA).equals(recorded.get(DATA))) {
            changed.add("its data files");
        }
        if (!changed.isEmpty()) {
            throw new UserException(checkpoint + ": the run cannot be resumed bit for bit: " + String.join(" and ",
                    changed) + " changed since the checkpoint was written (restore them, or start a new run)");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
