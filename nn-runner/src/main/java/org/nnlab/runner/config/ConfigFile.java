package org.nnlab.runner.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nnlab.api.Suggestions;
import org.nnlab.api.UserException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a config file and composes its YAML node tree, turning every failure into one placed message. */
public final class ConfigFile {
    /**
     * The largest config or batch file read: 64 KiB, eighty times the largest of configs/. SnakeYAML's time
     * grows faster than the length of a long scalar (3 MB took 13 s and 1.7 GB; 250 KB about 3.5 s, 64 KB under
     * 1 s), so bigger files are refused unread.
     */
    public static final int MAX_BYTES = 64 * 1024;

    private ConfigFile() {
    }

    /**
     * The file's text; a missing, unreadable, non-UTF-8 or oversized file, or one that is not a regular file (a
     * device such as /dev/zero, a pipe), is a {@link UserException}.
     */
    public static String read(Path file, String label) {
        if (!Files.exists(file)) {
            String fix = suggestion(file);
            throw new UserException(label + ": no such file; " + (fix.isEmpty() ? "check the path" : fix)
                    + " (working directory: " + Path.of("").toAbsolutePath() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new UserException(label + ": is a directory; give a YAML file, e.g. configs/quickstart.yaml");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(label + ": is not a regular file (a device, a pipe or a socket); give a YAML"
                    + " file, e.g. configs/quickstart.yaml");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(readCapped(file, label)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserException(label + ": is not UTF-8 text; save it as UTF-8");
        } catch (AccessDeniedException e) {
            throw new UserException(label + ": cannot be read (permission denied); check its permissions");
        } catch (IOException e) {
            throw new UserException(label + ": cannot be read (" + e + ")", e);
        }
    }

    /** At most {@link #MAX_BYTES} bytes of {@code file}; a larger file is refused without reading the rest. */
    private static byte[] readCapped(Path file, String label) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserException(label + ": is larger than " + MAX_BYTES / 1024 + " KiB, the limit for a config"
                        + " or batch file (" + Files.size(file) + " bytes); is it the right file?");
            }
            return bytes;
        }
    }

    /** The root mapping of {@code text}. */
    static MappingNode compose(String text, SourceMap source) {
        Node root = composeNode(text, source);
        if (root == null) {
            throw new UserException(source.fileLabel() + ": the file is empty; an experiment needs at least dataset:,"
                    + " network: {layers: [...]} and loss: (see configs/quickstart.yaml)");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new UserException(source.where(root) + ": expected a mapping of keys (" + String.join(":, ",
                    SpecReader.TOP_KEYS) + ":), got " + ScalarValues.describe(root));
        }
        return mapping;
    }

    /**
     * The root node of {@code text} (a config or a batch file), or null for an empty file; malformed YAML is a
     * placed {@link UserException}.
     */
    public static Node composeNode(String text, SourceMap source) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new UserException(source.where(mark) + ": malformed YAML: " + context + e.getProblem()
                    + "; check the indentation, the colons and the quoting here (or on the line above)");
        } catch (YAMLException e) {
            throw new UserException(source.fileLabel() + ": malformed YAML: " + e.getMessage());
        }
    }

    private static String suggestion(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "the directory " + file.getParent() + " does not exist either";
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            List<String> names = siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).toList();
            return Suggestions.closest(file.getFileName().toString(), names)
                    .map(n -> "did you mean \"" + (file.getParent() == null ? n : file.getParent().resolve(n)) + "\"?")
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
