package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.industrykg.curation.CurationService;
import org.industrykg.extract.DocumentExtractor;
import org.industrykg.extract.Extraction;
import org.industrykg.extract.KnownNames;
import org.industrykg.graph.DocumentRecord;
import org.industrykg.graph.GraphWriter;
import org.industrykg.ingest.DecodedText;
import org.industrykg.ingest.DocumentReader;
import org.industrykg.ingest.LetterMetadata;
import org.industrykg.ingest.MetadataParser;
import org.industrykg.ingest.NormalisedText;
import org.industrykg.ingest.TextNormaliser;
import org.industrykg.ingest.UnreadableFileException;
import org.industrykg.nlp.Sentence;
import org.industrykg.system.KgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Loads every file of a folder into the graph: read, detect the encoding, normalise, read the
 * letterhead, extract, write. Unchanged files (same sha256) are skipped; a file that cannot be
 * read, or takes longer than {@code kg.document-timeout-seconds} ({@link DocumentTimeLimit}), is
 * reported and the others still load.
 */
@Service
public class ExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJob.class);

    private final GraphWriter writer;
    private final ObjectProvider<DocumentExtractor> extractor;
    private final KgProperties properties;
    private final DocumentTimeLimit timeLimit;
    private final CurationService curation;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final MetadataParser metadataParser = new MetadataParser();

    public ExtractionJob(GraphWriter writer, ObjectProvider<DocumentExtractor> extractor, KgProperties properties,
                         DocumentTimeLimit timeLimit, CurationService curation) {
        this.writer = writer;
        this.extractor = extractor;
        this.properties = properties;
        this.timeLimit = timeLimit;
        this.curation = curation;
    }

    /**
     * How a run treats what is already in the graph.
     *
     * @param prune       remove the documents that are no longer in the input folder, and what only they said
     * @param keepVersion skip unchanged files even when a different extractor version read them
     */
    public record Options(boolean prune, boolean keepVersion) {
        public static final Options DEFAULT = new Options(false, false);
    }

    /** Extracts every regular file of {@code input} (sorted by name) and reports progress to {@code out}. */
    public JobReport run(Path input, PrintStream out) throws IOException {
        return run(input, out, Options.DEFAULT);
    }

    /**
     * Extracts every regular file of {@code input} (sorted by name) that is new, changed or read by
     * another extractor version, after removing the documents that are gone when pruning.
     */
    public JobReport run(Path input, PrintStream out, Options options) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + ": not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<GraphWriter.Removal> removed = options.prune() ? prune(files) : List.of();
        try (Progress progress = new Progress(out, files.size(), System.console() != null)) {
            progress.removed = removed;
            List<String> failures = new ArrayList<>();
            List<Prepared> prepared = new ArrayList<>();
            int skipped = 0;
            for (Path file : files) {
                try {
                    Prepared document = prepare(file, options.keepVersion());
                    if (document == null) {
                        skipped++;
                        progress.done(file.getFileName().toString(), 0, true);
                    } else {
                        prepared.add(document);
                    }
                } catch (UnreadableFileException | IOException | RuntimeException e) {
                    fail(file.getFileName().toString(), e, failures, progress);
                }
            }
            int loaded = prepared.isEmpty() ? 0 : extractAll(prepared, failures, progress);
            progress.reextracted = (int) prepared.stream().filter(Prepared::newVersion).count();
            // Corrections outlast re-extraction: they are applied again after every run.
            curation.applyAll();
            return progress.finish(loaded, skipped, failures);
        }
    }

    /** Removes the documents of the graph that are not among these files. */
    private List<GraphWriter.Removal> prune(List<Path> files) {
        List<String> present = files.stream().map(file -> file.getFileName().toString()).toList();
        return remove(writer.documentNames().stream().filter(name -> !present.contains(name)).toList());
    }

    /** Removes these documents (by file name) and what only they said; names the graph does not hold are left out. */
    public List<GraphWriter.Removal> remove(List<String> fileNames) {
        return fileNames.stream().map(writer::remove).flatMap(Optional::stream).toList();
    }

    /** A file read, decoded and normalised, waiting for extraction. */
    private record Prepared(String name, String sha256, DecodedText decoded, NormalisedText text, LetterMetadata metadata,
                            boolean replacing, boolean newVersion) {
    }

    /** Sentences of a document and the time the NLP pipeline took for them. */
    private record Annotated(List<Sentence> sentences, long nanos) {
    }

    /**
     * Annotates the documents on {@code kg.extract-threads} threads (CoreNLP is the expensive part
     * and needs nothing from the graph), then extracts and writes them one by one in file order, so
     * each document sees the names that the ones before it put in the graph.
     */
    private int extractAll(List<Prepared> documents, List<String> failures, Progress progress) {
        DocumentExtractor extraction = extractor.getObject();
        progress.warmUp(() -> extraction.warmUp());
        int threads = Math.max(1, properties.extractThreads());
        progress.threads = threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "kg-annotate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            KnownNames.Builder known = writer.knownNames();
            Deque<Future<Annotated>> window = new ArrayDeque<>();
            int next = 0;
            int loaded = 0;
            for (Prepared document : documents) {
                while (next < documents.size() && window.size() < 2 * threads) {
                    String text = documents.get(next++).text().text();
                    window.add(pool.submit(() -> {
                        long started = System.nanoTime();
                        return new Annotated(timeLimit.annotating(() -> extraction.annotate(text)),
                                System.nanoTime() - started);
                    }));
                }
                Future<Annotated> annotated = window.poll();
                try {
                    Annotated sentences = annotated.get();
                    progress.timing.nlpNanos += sentences.nanos();
                    write(document, extraction, sentences, known, progress.timing);
                    loaded++;
                    progress.done(document.name(), document.text().text().length(), false);
                } catch (ExecutionException e) {
                    fail(document.name(), e.getCause() instanceof Exception cause ? cause : e, failures, progress);
                } catch (RuntimeException e) {
                    fail(document.name(), e, failures, progress);
                }
            }
            return loaded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Extraction interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void fail(String name, Exception e, List<String> failures, Progress progress) {
        String line = e instanceof UnreadableFileException ? e.getMessage() : name + ": " + describe(e);
        log.debug("Failed to load {}", name, e);
        failures.add(line);
        progress.failed(line);
    }

    /**
     * Reads, decodes and normalises a file; null when it is unchanged since it was loaded by this
     * extractor version (or by any, with {@code keepVersion}).
     */
    private Prepared prepare(Path file, boolean keepVersion) throws IOException, UnreadableFileException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > properties.maxFileBytes()) {
            throw new UnreadableFileException(name, String.format(Locale.ROOT, "file is %.1f MB, over the %.1f MB limit",
                    size / 1048576.0, properties.maxFileBytes() / 1048576.0));
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha256 = sha256(bytes);
        Optional<GraphWriter.StoredDocument> stored = writer.stored(name);
        boolean unchanged = stored.filter(d -> sha256.equals(d.sha256())).isPresent();
        if (unchanged && (keepVersion || ExtractorVersion.current().equals(stored.get().extractorVersion()))) {
            return null;
        }
        DecodedText decoded = DocumentReader.read(bytes, name);
        NormalisedText normalised = normaliser.normalise(decoded.text());
        if (normalised.text().isBlank()) {
            throw new UnreadableFileException(name, "no text left after normalisation");
        }
        return new Prepared(name, sha256, decoded, normalised, metadataParser.parse(normalised.text()), stored.isPresent(),
                unchanged);
    }

    private void write(Prepared document, DocumentExtractor extraction, Annotated annotated,
                       KnownNames.Builder known, JobReport.Timing timing) {
        LetterMetadata metadata = document.metadata();
        long started = System.nanoTime();
        var input = new DocumentExtractor.DocumentInput(document.name(), document.text().text(), metadata.issuer(),
                metadata.title(), known.build(), document.text().written());
        Extraction extracted = timeLimit.extracting(annotated.nanos(),
                () -> extraction.extract(input, annotated.sentences()));
        long extractedAt = System.nanoTime();
        writer.write(new DocumentRecord(document.name(), document.sha256(),
                documentProperties(document.text(), metadata, document.decoded())), extracted, document.replacing());
        known.addAll(extracted.entities());
        timing.rulesNanos += extractedAt - started;
        timing.writeNanos += System.nanoTime() - extractedAt;
        log.debug("{}: {} entities, {} relations", document.name(), extracted.entities().size(), extracted.relations().size());
    }

    private static Map<String, Object> documentProperties(NormalisedText text, LetterMetadata metadata, DecodedText decoded) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("text", text.text());
        properties.put("characters", text.text().length());
        properties.put("charset", decoded.charset() == null ? null : decoded.charset().name());
        properties.put("format", decoded.format());
        properties.put("script", text.convertedFromTraditional() ? "traditional" : "simplified");
        properties.put("title", metadata.title());
        properties.put("docNumber", metadata.docNumber());
        properties.put("issuer", metadata.issuer());
        properties.put("date", metadata.date() == null ? null : metadata.date().toString());
        properties.put("recipient", metadata.recipient());
        properties.put("cc", metadata.cc());
        properties.put("extractedAt", Instant.now().toString());
        properties.put("extractorVersion", ExtractorVersion.current());
        return properties;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Progress of a run: on a terminal a progress bar of documents done/total with the characters
     * per second; otherwise one log line per document. Times the run and makes its report.
     */
    private static final class Progress implements AutoCloseable {
        private final PrintStream out;
        private final int total;
        private final ProgressBar bar;
        private boolean closed;
        private long started = System.nanoTime();
        private double warmUpSeconds;
        final JobReport.Timing timing = new JobReport.Timing();
        private int done;
        private long characters;

        int threads = 1;
        int reextracted;
        List<GraphWriter.Removal> removed = List.of();

        Progress(PrintStream out, int total, boolean terminal) {
            this.out = out;
            this.total = total;
            this.bar = terminal && total > 0 ? new ProgressBarBuilder().setTaskName("Extracting").setInitialMax(total)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(500).hideEta().build() : null;
        }

        /** Builds the NLP pipeline before the clock of the characters-per-second rate starts. */
        void warmUp(Runnable build) {
            long t = System.nanoTime();
            if (bar != null) {
                bar.setExtraMessage("loading CoreNLP models...");
            }
            build.run();
            warmUpSeconds = (System.nanoTime() - t) / 1e9;
            started = System.nanoTime();
        }

        void done(String name, long chars, boolean skipped) {
            done++;
            characters += chars;
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, "%,.0f characters/s", rate()));
            } else {
                log.info(String.format(Locale.ROOT, "[%d/%d] %s %s  %,.0f characters/s",
                        done, total, skipped ? "unchanged" : "extracted", name, rate()));
            }
        }

        void failed(String line) {
            done++;
            if (bar != null) {
                bar.step();
                out.print("\r\033[K");
            }
            out.println("FAILED " + line);
        }

        JobReport finish(int loaded, int skipped, List<String> failures) {
            close();
            timing.threads = threads;
            return new JobReport(total, loaded, skipped, List.copyOf(failures), characters, seconds(), warmUpSeconds, timing,
                    reextracted, removed);
        }

        /** Draws the bar a last time and ends its line; a second call does nothing. */
        @Override
        public void close() {
            if (bar != null && !closed) {
                closed = true;
                bar.close();
            }
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        private double rate() {
            double s = seconds();
            return s > 0 ? characters / s : 0;
        }
    }
}
