package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.industrykg.extract.DocumentExtractor;
import org.industrykg.extract.Extraction;
import org.industrykg.extract.KnownNames;
import org.industrykg.graph.DocumentRecord;
import org.industrykg.graph.GraphWriter;
import org.industrykg.ingest.DecodedText;
import org.industrykg.ingest.EncodingDetector;
import org.industrykg.ingest.LetterMetadata;
import org.industrykg.ingest.MetadataParser;
import org.industrykg.ingest.NormalisedText;
import org.industrykg.ingest.TextNormaliser;
import org.industrykg.ingest.UnreadableFileException;
import org.industrykg.system.KgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Loads every file of a folder into the graph: read, detect the encoding, normalise, read the
 * letterhead, extract, write. Unchanged files (same sha256) are skipped; a file that cannot be
 * read is reported and the others still load.
 */
@Service
public class ExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJob.class);

    private final GraphWriter writer;
    private final ObjectProvider<DocumentExtractor> extractor;
    private final KgProperties properties;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final MetadataParser metadataParser = new MetadataParser();

    public ExtractionJob(GraphWriter writer, ObjectProvider<DocumentExtractor> extractor, KgProperties properties) {
        this.writer = writer;
        this.extractor = extractor;
        this.properties = properties;
    }

    /** Extracts every regular file of {@code input} (sorted by name) and reports progress to {@code out}. */
    public JobReport run(Path input, PrintStream out) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + ": not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        Progress progress = new Progress(out, files.size(), System.console() != null);
        int loaded = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Outcome outcome = load(file);
                if (outcome.skipped()) {
                    skipped++;
                } else {
                    loaded++;
                }
                progress.done(name, outcome.characters(), outcome.skipped());
            } catch (UnreadableFileException e) {
                failures.add(e.getMessage());
                progress.failed(e.getMessage());
            } catch (IOException | RuntimeException e) {
                String line = name + ": " + describe(e);
                log.debug("Failed to load {}", file, e);
                failures.add(line);
                progress.failed(line);
            }
        }
        return progress.finish(loaded, skipped, failures);
    }

    private record Outcome(boolean skipped, long characters) {
    }

    private Outcome load(Path file) throws IOException, UnreadableFileException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > properties.maxFileBytes()) {
            throw new UnreadableFileException(name, String.format(Locale.ROOT, "file is %.1f MB, over the %.1f MB limit",
                    size / 1048576.0, properties.maxFileBytes() / 1048576.0));
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha256 = sha256(bytes);
        if (writer.storedSha256(name).filter(sha256::equals).isPresent()) {
            return new Outcome(true, 0);
        }
        DecodedText decoded = EncodingDetector.decode(bytes, name);
        String source = isHtml(name) ? TextNormaliser.stripHtml(decoded.text()) : decoded.text();
        NormalisedText normalised = normaliser.normalise(source);
        if (normalised.text().isBlank()) {
            throw new UnreadableFileException(name, "no text left after normalisation");
        }
        LetterMetadata metadata = metadataParser.parse(normalised.text());
        Extraction extraction = extractor.getObject().extract(new DocumentExtractor.DocumentInput(
                name, normalised.text(), metadata.issuer(), metadata.title(), writer.knownNames(KnownNames.MIN_LENGTH)));
        writer.write(new DocumentRecord(name, sha256, documentProperties(normalised, metadata, decoded)), extraction);
        return new Outcome(false, normalised.text().length());
    }

    private static Map<String, Object> documentProperties(NormalisedText text, LetterMetadata metadata, DecodedText decoded) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("text", text.text());
        properties.put("characters", text.text().length());
        properties.put("charset", decoded.charset().name());
        properties.put("title", metadata.title());
        properties.put("docNumber", metadata.docNumber());
        properties.put("issuer", metadata.issuer());
        properties.put("date", metadata.date() == null ? null : metadata.date().toString());
        properties.put("recipient", metadata.recipient());
        properties.put("cc", metadata.cc());
        properties.put("extractedAt", Instant.now().toString());
        return properties;
    }

    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
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

    /** Progress on the terminal: documents done/total and characters per second. */
    private static final class Progress {
        private final PrintStream out;
        private final int total;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private int done;
        private long characters;

        Progress(PrintStream out, int total, boolean terminal) {
            this.out = out;
            this.total = total;
            this.terminal = terminal;
        }

        void done(String name, long chars, boolean skipped) {
            done++;
            characters += chars;
            String line = String.format(Locale.ROOT, "[%d/%d] %s %s  %,.0f characters/s",
                    done, total, skipped ? "unchanged" : "extracted", name, rate());
            if (terminal) {
                out.print("\r\033[K" + line);
                out.flush();
            } else {
                log.info(line);
            }
        }

        void failed(String line) {
            done++;
            if (terminal) {
                out.print("\r\033[K");
            }
            out.println("FAILED " + line);
        }

        JobReport finish(int loaded, int skipped, List<String> failures) {
            if (terminal && done > 0) {
                out.println();
            }
            return new JobReport(total, loaded, skipped, List.copyOf(failures), characters, seconds());
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
