package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/** Downloads from a local server only: each mirror misbehaves in a known way (see {@link MirrorServer}). */
@Timeout(60)
class MnistDownloadTest {
    private static final Map<String, byte[]> SET = IdxFixtures.set(20, 6);

    @TempDir
    Path dir;

    private final MirrorServer server = new MirrorServer(gzipped(SET));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static Map<String, byte[]> gzipped(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, bytes) -> out.put(name + ".gz", IdxFixtures.gzip(bytes)));
        return out;
    }

    private DataSplits load(String... mirrors) throws IOException {
        String list = Stream.of(mirrors).map(m -> server.mirror(m).toString()).collect(Collectors.joining(", "));
        MnistDataset prototype = new MnistDataset();
        return prototype.configure(Params.resolve(prototype, Map.of("dir", dir.toString(), "mirrors", list,
                        "validation", 5)))
                .withChecksums(IdxFixtures.checksums(SET))
                .load(new DatasetContext(null, dir.resolve("cache")));
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void triesMirrorsInTurn_untilOneServesContentWithTheRightChecksum() throws IOException {
        DataSplits splits = load("missing", "broken", "corrupt", "good");
        assertEquals(15, splits.train().count());
        assertEquals(List.of("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                "train-labels-idx1-ubyte.gz"), filesInDir(), "the four files, and no temporary file, are left");
        assertTrue(server.requests().containsAll(List.of("/missing/train-images-idx3-ubyte.gz",
                "/broken/train-images-idx3-ubyte.gz", "/corrupt/train-images-idx3-ubyte.gz",
                "/good/train-images-idx3-ubyte.gz")), server.requests()::toString);
    }

    @Test
    void downloadsOnlyTheMissingFiles() throws IOException {
        IdxFixtures.write(dir, Map.of(MnistFiles.TRAIN_IMAGES, SET.get(MnistFiles.TRAIN_IMAGES),
                MnistFiles.TEST_LABELS, SET.get(MnistFiles.TEST_LABELS)), false);
        load("good");
        assertEquals(List.of("/good/train-labels-idx1-ubyte.gz", "/good/t10k-images-idx3-ubyte.gz"), server.requests());
    }

    @Test
    void interruptedTransfer_leavesNoFileBehind() throws IOException {
        UserException e = assertThrows(UserException.class, () -> load("cut"));
        assertTrue(e.getMessage().contains(server.mirror("cut") + "train-images-idx3-ubyte.gz: "), e.getMessage());
        assertEquals(List.of(), filesInDir(), "neither the file nor a temporary one is left");
    }

    @Test
    void everyMirrorFailing_listsEachMirrorAndItsFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/mnist/";
        MnistDataset prototype = new MnistDataset();
        String list = refused + "," + server.mirror("missing") + "," + server.mirror("broken") + ","
                + server.mirror("corrupt") + "," + server.mirror("plain");
        UserException e = assertThrows(UserException.class, () -> prototype
                .configure(Params.resolve(prototype, Map.of("dir", dir.toString(), "mirrors", list)))
                .withChecksums(IdxFixtures.checksums(SET))
                .load(new DatasetContext(null, dir)));
        String message = e.getMessage();
        assertTrue(message.startsWith("could not download train-images-idx3-ubyte.gz into " + dir), message);
        assertTrue(message.contains(refused + "train-images-idx3-ubyte.gz: cannot connect"), message);
        assertTrue(message.contains(server.mirror("missing") + "train-images-idx3-ubyte.gz: HTTP status 404"), message);
        assertTrue(message.contains(server.mirror("broken") + "train-images-idx3-ubyte.gz: HTTP status 500"), message);
        assertTrue(message.contains(server.mirror("corrupt") + "train-images-idx3-ubyte.gz: the uncompressed content"
                + " has SHA-256"), message);
        assertTrue(message.contains(server.mirror("plain") + "train-images-idx3-ubyte.gz: served a file that is not"
                + " whole gzip"), message);
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void stalledTransfer_givesUpAfterTheIdleTimeout() throws IOException {
        HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(300));
        MnistDownloader downloader = new MnistDownloader(List.of(server.mirror("stall")), IdxFixtures.checksums(SET),
                fetcher);
        long start = System.nanoTime();
        UserException e = assertThrows(UserException.class,
                () -> downloader.download(dir, List.of(MnistFiles.TRAIN_IMAGES)));
        assertTrue(e.getMessage().contains("no data for"), e.getMessage());
        assertTrue(System.nanoTime() - start < 8_000_000_000L, "gave up before the server's 10 s stall ended");
        assertEquals(List.of(), filesInDir());
        assertTrue(!Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    }

    @Test
    void theRealFilesPassTheRealChecksums() throws IOException {
        Path mnist = RealData.mnistDirectory();
        Map<String, byte[]> real = new LinkedHashMap<>();
        for (String name : MnistFiles.NAMES) {
            real.put(name + ".gz", Files.readAllBytes(mnist.resolve(name + ".gz")));
        }
        try (MirrorServer realMirror = new MirrorServer(real)) {
            MnistDownloader downloader = new MnistDownloader(List.of(realMirror.mirror("good")), MnistFiles.SHA256,
                    HttpFetcher.withDefaultTimeouts());
            downloader.download(dir, MnistFiles.NAMES);
        }
        for (String name : MnistFiles.NAMES) {
            assertEquals(Files.size(mnist.resolve(name + ".gz")), Files.size(dir.resolve(name + ".gz")), name);
        }
    }

}
