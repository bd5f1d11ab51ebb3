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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Loads every file of a folder into the graph: read, detect the encoding, normalise, read the
 * letterhead, extract, write. Unchanged files (same sha256, same extractor version) are skipped
 * before anything is loaded for them, and the NLP models are loaded only once a file needs
 * extracting; a file that cannot be read, or takes longer than {@code kg.document-timeout-seconds}
 * ({@link DocumentTimeLimit}), is reported and the others still load.
 *
 * <p>The files stream through a bounded pipeline, so memory does not grow with their number: the
 * folder is listed (names only), then {@code kg.extract-threads} threads read and annotate the next
 * few files while this thread applies the rules and writes, in file order, so that each document sees
 * the names the ones before it brought. At most {@link #WINDOW_PER_THREAD} files per thread are read
 * ahead. Documents are written together in one transaction (at most {@link #BATCH_DOCUMENTS}, or those
 * extracted within {@code kg.extract-batch-seconds} of the first): each whole or not at all, so a run killed at
 * any moment loses nothing that a run again does not add. One more thread writes the batches, one at a
 * time and in order, while this one applies the rules to the next documents.
 */
@Service
public class ExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJob.class);

    /** Files read and annotated ahead of the writer, per annotation thread. */
    static final int WINDOW_PER_THREAD = 16;
    /** Most documents written in one transaction. */
    static final int BATCH_DOCUMENTS = 32;
    /** Most characters written in one transaction (a batch stops growing past them). */
    static final int BATCH_CHARACTERS = 200_000;
    /** Files whose stored fingerprints are looked up with one query. */
    private static final int LOOKUP_FILES = 500;

    private final GraphWriter writer;
    private final ObjectProvider<DocumentExtractor> extractor;
    private final KgProperties properties;
    private final DocumentTimeLimit timeLimit;
    private final CurationService curation;
    /**
     * Longest an extracted document waits for the next ones to join its batch ({@code kg.extract-batch-seconds}):
     * a transaction costs a commit (a forced write of the log) and a round trip per statement whatever its
     * size, so one document per transaction spent more on writing than on the documents. 0: a batch is
     * written as soon as the next document is not ready.
     */
    private final long batchWaitNanos;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final MetadataParser metadataParser = new MetadataParser();

    @Autowired
    public ExtractionJob(GraphWriter writer, ObjectProvider<DocumentExtractor> extractor, KgProperties properties,
                         DocumentTimeLimit timeLimit, CurationService curation,
                         @Value("${kg.extract-batch-seconds:1}") double batchSeconds) {
        this.batchWaitNanos = (long) (Math.max(0, batchSeconds) * 1e9);
        this.writer = writer;
        this.extractor = extractor;
        this.properties = properties;
        this.timeLimit = timeLimit;
        this.curation = curation;
    }

    /** A job whose batches wait at most a second for the next documents. */
    public ExtractionJob(GraphWriter writer, ObjectProvider<DocumentExtractor> extractor, KgProperties properties,
                         DocumentTimeLimit timeLimit, CurationService curation) {
        this(writer, extractor, properties, timeLimit, curation, 1);
    }

    /**
     * How a run treats what is already in the graph.
     *
     * @param prune       remove the documents that are no longer in the input folder, and what only they said
     *                    (with a shard: only the documents of that shard)
     * @param keepVersion skip unchanged files even when a different extractor version read them
     * @param shard       the share of the files this run extracts ({@link Shard#ALL} for all of them)
     */
    public record Options(boolean prune, boolean keepVersion, Shard shard) {
        public static final Options DEFAULT = new Options(false, false);

        public Options(boolean prune, boolean keepVersion) {
            this(prune, keepVersion, Shard.ALL);
        }
    }

    /** Extracts every regular file of {@code input} (sorted by name) and reports progress to {@code out}. */
    public JobReport run(Path input, PrintStream out) throws IOException {
        return run(input, out, Options.DEFAULT);
    }

    /**
     * Extracts every regular file of {@code input} (sorted by name; with a shard, those of the shard)
     * that is new, changed or read by another extractor version, after removing the documents that
     * are gone when pruning.
     */
    public JobReport run(Path input, PrintStream out, Options options) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + ": not a folder");
        }
        List<Path> files = files(input, options.shard());
        List<GraphWriter.Removal> removed = options.prune() ? prune(files, options.shard()) : List.of();
        try (Progress progress = new Progress(out, files.size(), System.console() != null)) {
            progress.removed = removed;
            Pipeline pipeline = new Pipeline(files, options.keepVersion(), progress);
            pipeline.run();
            // Corrections outlast re-extraction: they are applied again after every run.
            curation.applyAll();
            progress.reextracted = pipeline.reextracted;
            return progress.finish(pipeline.loaded, pipeline.skipped, pipeline.failures, pipeline.current);
        }
    }

    /** The files of the folder that a run extracts: regular, not hidden, of the shard, sorted by name. */
    static List<Path> files(Path input, Shard shard) throws IOException {
        try (Stream<Path> listing = Files.list(input)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> shard.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** Removes the documents of the graph (of the shard) that are not among these files. */
    private List<GraphWriter.Removal> prune(List<Path> files, Shard shard) {
        Set<String> present = files.stream().map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        return remove(writer.documentNames().stream().filter(shard::contains).filter(name -> !present.contains(name)).toList());
    }

    /** Removes these documents (by file name) and what only they said; names the graph does not hold are left out. */
    public List<GraphWriter.Removal> remove(List<String> fileNames) {
        return fileNames.stream().map(writer::remove).flatMap(Optional::stream).toList();
    }

    /** A file read, decoded and normalised, waiting for extraction. */
    private record Prepared(String name, String sha256, DecodedText decoded, NormalisedText text, LetterMetadata metadata,
                            boolean replacing, boolean newVersion) {
    }

    /** What reading and annotating a file hands the writer. */
    private interface Item {
    }

    /**
     * A file the graph holds as it is.
     *
     * @param current whether the current extractor version read it (else an older one, and the run keeps it)
     */
    private record Unchanged(String name, String sha256, boolean current) implements Item {
    }

    /** A file that could not be read or annotated. */
    private record Unreadable(String name, Exception error) implements Item {
    }

    /** A document's sentences and the time the NLP pipeline took for them. */
    private record Annotated(Prepared document, List<Sentence> sentences, long nanos) implements Item {
    }

    /** A document extracted and waiting to be written with the others of its batch. */
    private record Extracted(Prepared document, GraphWriter.DocumentWrite write) {
    }

    /**
     * What writing a batch did: the documents written, those that could not be (with the error), in
     * batch order, and the time the transactions took.
     */
    private record Written(List<Extracted> written, List<Map.Entry<Extracted, RuntimeException>> failed, long nanos) {
    }

    /**
     * One run's pipeline: the files, in order, go to the annotation threads (read, skip when
     * unchanged, annotate), a window of them at a time; this thread takes their results in file
     * order, applies the rules and writes the documents in batches.
     */
    private final class Pipeline {
        private final List<Path> files;
        private final boolean keepVersion;
        private final Progress progress;
        private final int threads = Math.max(1, properties.extractThreads());
        private final List<Extracted> batch = new ArrayList<>();
        /**
         * Writes one batch at a time, in order, while this thread applies the rules to the next
         * documents and keeps the annotation window moving (a write waited for its transaction, and the
         * annotation threads, their window full, for the write).
         */
        private final ExecutorService writes = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kg-write");
            thread.setDaemon(true);
            return thread;
        });
        /** The batch being written, if any: at most one at a time. */
        private Future<Written> writing;
        private DocumentExtractor models;
        private RuntimeException modelsFailed;
        private KnownNames.Builder known;
        private int batchCharacters;
        private long batchStarted;
        final List<String> failures = new ArrayList<>();
        /** The files the graph holds as this run read them, by the current extractor version: name -> SHA-256. */
        final Map<String, String> current = new HashMap<>();
        int loaded;
        int skipped;
        int reextracted;

        Pipeline(List<Path> files, boolean keepVersion, Progress progress) {
            this.files = files;
            this.keepVersion = keepVersion;
            this.progress = progress;
            progress.threads = threads;
        }

        void run() {
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "kg-annotate");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Deque<Future<Item>> window = new ArrayDeque<>();
                Map<String, GraphWriter.StoredDocument> stored = Map.of();
                int next = 0;
                int lookedUp = 0;
                for (int i = 0; i < files.size(); i++) {
                    while (next < files.size() && window.size() < WINDOW_PER_THREAD * threads) {
                        if (next == lookedUp) {
                            lookedUp = Math.min(files.size(), next + LOOKUP_FILES);
                            stored = writer.stored(files.subList(next, lookedUp).stream()
                                    .map(file -> file.getFileName().toString()).toList());
                        }
                        Path file = files.get(next++);
                        GraphWriter.StoredDocument fingerprint = stored.get(file.getFileName().toString());
                        window.add(pool.submit(() -> readAndAnnotate(file, fingerprint)));
                    }
                    Future<Item> item = window.poll();
                    // Past its second, a batch goes to the writer if the writer is free; while the batch
                    // before it is being written, it grows instead (up to its size), so that a slow
                    // writer gets fewer, larger transactions.
                    if (!batch.isEmpty() && !doneBy(item, batchStarted + batchWaitNanos) && !writingBatch()) {
                        flush();
                    }
                    take(item.get());
                    if (window.isEmpty() || batch.size() >= BATCH_DOCUMENTS || batchCharacters >= BATCH_CHARACTERS) {
                        flush();
                    }
                }
                flush();
                awaitWrite();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Extraction interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Extraction failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
                writes.shutdownNow();
            }
        }

        /** On an annotation thread: reads the file and, unless it is unchanged, annotates it. */
        private Item readAndAnnotate(Path file, GraphWriter.StoredDocument stored) {
            String name = file.getFileName().toString();
            try {
                byte[] bytes = read(file);
                String sha256 = sha256(bytes);
                boolean unchanged = stored != null && sha256.equals(stored.sha256());
                boolean currentVersion = unchanged && ExtractorVersion.current().equals(stored.extractorVersion());
                if (unchanged && (keepVersion || currentVersion)) {
                    return new Unchanged(name, sha256, currentVersion);
                }
                Prepared document = prepare(name, bytes, sha256, stored != null, unchanged);
                DocumentExtractor extraction = models();
                long started = System.nanoTime();
                List<Sentence> sentences = timeLimit.annotating(() -> extraction.annotate(document.text().text()));
                return new Annotated(document, sentences, System.nanoTime() - started);
            } catch (UnreadableFileException | IOException | RuntimeException e) {
                return new Unreadable(name, e);
            }
        }

        /** The extractor with its NLP models, loaded by the first document that needs them (once, even when that fails). */
        private synchronized DocumentExtractor models() {
            if (models == null && modelsFailed == null) {
                try {
                    DocumentExtractor extraction = extractor.getObject();
                    progress.warmUp(extraction::warmUp);
                    models = extraction;
                } catch (RuntimeException e) {
                    modelsFailed = new IllegalStateException("loading the NLP models failed: " + describe(e), e);
                }
            }
            if (modelsFailed != null) {
                throw modelsFailed;
            }
            return models;
        }

        /** On this thread, in file order: counts what needs no writing, extracts what does into the batch. */
        private void take(Item item) {
            if (item instanceof Unchanged unchanged) {
                skipped++;
                if (unchanged.current()) {
                    current.put(unchanged.name(), unchanged.sha256());
                }
                progress.done(unchanged.name(), 0, true);
            } else if (item instanceof Unreadable unreadable) {
                fail(unreadable.name(), unreadable.error(), failures, progress);
            } else if (item instanceof Annotated annotated) {
                progress.timing.nlpNanos += annotated.nanos();
                try {
                    GraphWriter.DocumentWrite write = extract(annotated);
                    if (batch.isEmpty()) {
                        batchStarted = System.nanoTime();
                    }
                    batch.add(new Extracted(annotated.document(), write));
                    batchCharacters += annotated.document().text().text().length();
                } catch (RuntimeException e) {
                    fail(annotated.document().name(), e, failures, progress);
                }
            }
        }

        /**
         * Applies the rules to an annotated document with the names of the graph and of the documents
         * before it in this run (read from the graph once, when the first document needs them).
         */
        private GraphWriter.DocumentWrite extract(Annotated annotated) {
            if (known == null) {
                known = writer.knownNames();
            }
            Prepared document = annotated.document();
            LetterMetadata metadata = document.metadata();
            long started = System.nanoTime();
            var input = new DocumentExtractor.DocumentInput(document.name(), document.text().text(), metadata.issuer(),
                    metadata.title(), known.build(), document.text().written());
            DocumentExtractor extraction = models();
            Extraction extracted = timeLimit.extracting(annotated.nanos(), () -> extraction.extract(input, annotated.sentences()));
            known.addAll(extracted.entities());
            progress.timing.rulesNanos += System.nanoTime() - started;
            log.debug("{}: {} entities, {} relations", document.name(), extracted.entities().size(), extracted.relations().size());
            return new GraphWriter.DocumentWrite(new DocumentRecord(document.name(), document.sha256(),
                    documentProperties(document.text(), metadata, document.decoded())), extracted, document.replacing());
        }

        /**
         * Hands the batch to the writing thread, once the batch before it is written: batches are
         * written one at a time, in order.
         */
        private void flush() throws InterruptedException, ExecutionException {
            if (batch.isEmpty()) {
                return;
            }
            awaitWrite();
            List<Extracted> documents = List.copyOf(batch);
            batch.clear();
            batchCharacters = 0;
            progress.timing.batches++;
            writing = writes.submit(() -> write(documents));
        }

        /** Whether a batch is being written. */
        private boolean writingBatch() {
            return writing != null && !writing.isDone();
        }

        /** Waits for the batch being written, if any, and counts what it wrote and what failed (on this thread). */
        private void awaitWrite() throws InterruptedException, ExecutionException {
            if (writing == null) {
                return;
            }
            Written done = writing.get();
            writing = null;
            progress.timing.writeNanos += done.nanos();
            for (Extracted document : done.written()) {
                written(document);
            }
            done.failed().forEach(f -> fail(f.getKey().document().name(), f.getValue(), failures, progress));
        }

        /**
         * On the writing thread: writes the batch in one transaction; when that fails, each of its
         * documents alone, so that the one that cannot be written is named and the others still load.
         */
        private Written write(List<Extracted> documents) {
            long started = System.nanoTime();
            List<Extracted> written = new ArrayList<>();
            List<Map.Entry<Extracted, RuntimeException>> failed = new ArrayList<>();
            try {
                writer.write(documents.stream().map(Extracted::write).toList());
                written.addAll(documents);
            } catch (RuntimeException batchFailed) {
                for (Extracted document : documents) {
                    try {
                        writer.write(List.of(document.write()));
                        written.add(document);
                    } catch (RuntimeException e) {
                        failed.add(Map.entry(document, e));
                    }
                }
            }
            return new Written(written, failed, System.nanoTime() - started);
        }

        private void written(Extracted document) {
            loaded++;
            current.put(document.document().name(), document.document().sha256());
            if (document.document().newVersion()) {
                reextracted++;
            }
            progress.done(document.document().name(), document.document().text().text().length(), false);
        }
    }

    /** Whether the item is ready by the deadline (of {@link System#nanoTime()}), waiting for it until then. */
    private static boolean doneBy(Future<?> item, long deadline) throws InterruptedException, ExecutionException {
        try {
            item.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private void fail(String name, Exception e, List<String> failures, Progress progress) {
        String line = e instanceof UnreadableFileException ? e.getMessage() : name + ": " + describe(e);
        log.debug("Failed to load {}", name, e);
        failures.add(line);
        progress.failed(line);
    }

    /** The bytes of a file, refused when it is over {@code kg.max-file-bytes}. */
    private byte[] read(Path file) throws IOException, UnreadableFileException {
        long size = Files.size(file);
        if (size > properties.maxFileBytes()) {
            throw new UnreadableFileException(file.getFileName().toString(), String.format(Locale.ROOT,
                    "file is %.1f MB, over the %.1f MB limit", size / 1048576.0, properties.maxFileBytes() / 1048576.0));
        }
        return Files.readAllBytes(file);
    }

    /**
     * Decodes and normalises a file's bytes.
     *
     * @param replacing  whether the graph holds the document already
     * @param newVersion whether it holds it as it is, read by another extractor version
     */
    private Prepared prepare(String name, byte[] bytes, String sha256, boolean replacing, boolean newVersion)
            throws UnreadableFileException {
        DecodedText decoded = DocumentReader.read(bytes, name);
        NormalisedText normalised = normaliser.normalise(decoded.text());
        if (normalised.text().isBlank()) {
            throw new UnreadableFileException(name, "no text left after normalisation");
        }
        return new Prepared(name, sha256, decoded, normalised, metadataParser.parse(normalised.text()), replacing, newVersion);
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

    /** The exception's message, with the message of its root cause when there is one (a bean failure hides it). */
    private static String describe(Exception e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null || text.contains(root.getMessage()) ? text : text + ": " + root.getMessage();
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
        private volatile long started = System.nanoTime();
        private volatile double warmUpSeconds;
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

        JobReport finish(int loaded, int skipped, List<String> failures, Map<String, String> current) {
            close();
            timing.threads = threads;
            return new JobReport(total, loaded, skipped, List.copyOf(failures), characters, seconds(), warmUpSeconds, timing,
                    reextracted, removed, Map.copyOf(current));
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
