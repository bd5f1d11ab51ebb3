package org.industrykg.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the last extraction into the embedded store left in it, written beside the store files once
 * Neo4j has shut down ({@value #FILE}): the input folder, the shard, the extractor version, every file
 * the graph holds as that run read it (name and SHA-256), the curation file's SHA-256, and the name,
 * size and time of change of every file of the store. An extraction of the same folder whose manifest
 * matches in all of that has nothing to do: each file is unchanged and the store is exactly as that
 * run left it (any later write — another run, a removal, a curation, even a start of Neo4j — changes
 * its files), so it can say so without starting the database or Spring's data layer. Any difference
 * and the run is an ordinary one, which compares each file with the graph.
 *
 * @param files name -> SHA-256 of each file of the run that the graph holds as it is now, read by this
 *              extractor version
 * @param store one line per file of the store (path, size, time of change), sorted
 */
record RunManifest(String input, String shard, String extractorVersion, String curation, Map<String, String> files,
                   List<String> store) {

    static final String FILE = "extract-manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest of a run that left the graph holding these files as read; {@code store} is read when it is written. */
    static RunManifest of(Path input, Shard shard, String curation, Map<String, String> files) {
        return new RunManifest(input.toAbsolutePath().normalize().toString(), shard.toString(), ExtractorVersion.current(),
                curation, Map.copyOf(files), List.of());
    }

    /** Writes the manifest with the store as its files are now (call once Neo4j has shut down). */
    void write(Path home) throws IOException {
        RunManifest stamped = new RunManifest(input, shard, extractorVersion, curation, files, stamp(home));
        Path file = home.resolve(FILE);
        Path partial = home.resolve(FILE + ".partial");
        JSON.writeValue(partial.toFile(), stamped);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest the last run left in the store, if any (unreadable: none). */
    static Optional<RunManifest> read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunManifest.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The report of a run with nothing to do, when the store at {@code home} is exactly as the last
     * extraction of these same files left it; empty otherwise, or when a file is over the size limit
     * (an ordinary run then says so). Reads and hashes the files, never the database.
     *
     * @param curation the SHA-256 of the curation file, which every run applies at its end
     */
    static Optional<JobReport> unchangedSinceLastRun(Path input, Shard shard, Path home, String curation, long maxFileBytes,
                                                     int threads) throws IOException {
        Optional<RunManifest> stored = read(home);
        if (stored.isEmpty() || !Files.isDirectory(input)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        List<Path> files = ExtractionJob.files(input, shard);
        Map<String, String> fingerprints = new HashMap<>();
        for (Path file : files) {
            if (Files.size(file) > maxFileBytes) {
                return Optional.empty();
            }
            fingerprints.put(file.getFileName().toString(), ExtractionJob.sha256(Files.readAllBytes(file)));
        }
        if (!of(input, shard, curation, fingerprints).sameAs(stored.get(), home)) {
            return Optional.empty();
        }
        JobReport.Timing timing = new JobReport.Timing();
        timing.threads = threads;
        return Optional.of(new JobReport(files.size(), 0, files.size(), List.of(), 0, (System.nanoTime() - started) / 1e9, 0,
                timing, 0, List.of(), fingerprints));
    }

    /** Whether this manifest of the present files says the same as the stored one, with the store untouched since. */
    boolean sameAs(RunManifest stored, Path home) throws IOException {
        return input.equals(stored.input) && shard.equals(stored.shard) && extractorVersion.equals(stored.extractorVersion)
                && curation.equals(stored.curation) && files.equals(stored.files) && stamp(home).equals(stored.store);
    }

    /** Every file of the store but Neo4j's own logs and this manifest: path, size and time of last change. */
    static List<String> stamp(Path home) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path relative = home.relativize(path);
                if (relative.startsWith("logs") || relative.toString().startsWith(FILE)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    lines.add(relative + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis());
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
