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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.industrykg.extract.DocumentExtractor;
import org.industrykg.extract.RuleBasedExtractor;
import org.industrykg.ingest.DocumentReader;
import org.industrykg.ingest.MetadataParser;
import org.industrykg.ingest.TextNormaliser;
import org.industrykg.ingest.UnreadableFileException;

/**
 * Extraction throughput without the database, several rounds in one JVM so that the later rounds
 * show the warm rate. Each round runs the CoreNLP annotators alone over the texts, then the whole
 * extraction (the same annotation, then the rules), and prints characters per second of both; at
 * the end, the ratio of the two warm rates says what the rules cost. Measures, asserts nothing.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void run(Path input, int rounds, int threads, PrintStream out)
            throws IOException, InterruptedException, ExecutionException {
        List<DocumentExtractor.DocumentInput> documents = read(input, out);
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
        if (characters == 0) {
            throw new IllegalArgumentException("--input " + input + ": no readable documents");
        }
        out.printf(Locale.ROOT, "%d documents, %,d characters, %d threads%n", documents.size(), characters, threads);
        long started = System.nanoTime();
        DocumentExtractor extractor = new RuleBasedExtractor();
        extractor.annotate("。");
        out.printf(Locale.ROOT, "pipeline built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double warmCoreNlp = 0;
        double warmFull = 0;
        int warmRounds = 0;
        try {
            for (int round = 1; round <= rounds; round++) {
                double coreNlp = time(pool, documents, document -> extractor.annotate(document.text()));
                double full = time(pool, documents, extractor::extract);
                out.printf(Locale.ROOT, "round %d: CoreNLP only %.1f s, %,.0f characters/s; NLP+rules %.1f s, %,.0f characters/s%n",
                        round, coreNlp, characters / coreNlp, full, characters / full);
                if (round > 1 || rounds == 1) {
                    warmCoreNlp += coreNlp;
                    warmFull += full;
                    warmRounds++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String warm = rounds == 1 ? "round 1 (not warm: use --rounds 2 or more)" : rounds == 2 ? "round 2" : "rounds 2-" + rounds;
        out.printf(Locale.ROOT, "%s: CoreNLP only %,.0f characters/s, NLP+rules %,.0f characters/s, ratio full/CoreNLP-only %.2f%n",
                warm, characters * warmRounds / warmCoreNlp, characters * warmRounds / warmFull, warmCoreNlp / warmFull);
    }

    /** Seconds to run the work over every document on the pool. */
    private static double time(ExecutorService pool, List<DocumentExtractor.DocumentInput> documents,
                               Consumer<DocumentExtractor.DocumentInput> work) throws InterruptedException, ExecutionException {
        long t = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (DocumentExtractor.DocumentInput document : documents) {
            running.add(pool.submit(() -> work.accept(document)));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return (System.nanoTime() - t) / 1e9;
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
