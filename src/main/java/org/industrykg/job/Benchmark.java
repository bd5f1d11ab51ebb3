package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.industrykg.extract.DocumentExtractor;
import org.industrykg.extract.RuleBasedExtractor;
import org.industrykg.ingest.DocumentReader;
import org.industrykg.ingest.MetadataParser;
import org.industrykg.ingest.TextNormaliser;
import org.industrykg.ingest.UnreadableFileException;

/**
 * Extraction throughput without the database: the NLP pipeline and the rules over a folder,
 * several rounds in one JVM, so the later rounds show the warm rate. Prints characters per second
 * per round; measures, asserts nothing.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void run(Path input, int rounds, int threads, PrintStream out)
            throws IOException, InterruptedException, ExecutionException {
        List<DocumentExtractor.DocumentInput> documents = read(input, out);
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "%d documents, %,d characters, %d threads%n", documents.size(), characters, threads);
        long started = System.nanoTime();
        DocumentExtractor extractor = new RuleBasedExtractor();
        extractor.annotate("。");
        out.printf(Locale.ROOT, "pipeline built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 1; round <= rounds; round++) {
                long t = System.nanoTime();
                List<Future<?>> work = new ArrayList<>();
                for (DocumentExtractor.DocumentInput document : documents) {
                    work.add(pool.submit(() -> extractor.extract(document)));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                out.printf(Locale.ROOT, "round %d: %.1f s, %,.0f characters/s%n", round, seconds, characters / seconds);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<DocumentExtractor.DocumentInput> read(Path input, PrintStream out) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + ": not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<DocumentExtractor.DocumentInput> documents = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = new TextNormaliser().normalise(DocumentReader.read(Files.readAllBytes(file), name).text()).text();
                var metadata = new MetadataParser().parse(text);
                documents.add(new DocumentExtractor.DocumentInput(name, text, metadata.issuer(), metadata.title()));
            } catch (UnreadableFileException e) {
                out.println("skipped " + e.getMessage());
            }
        }
        return documents;
    }
}
