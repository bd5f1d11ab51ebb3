package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** ./kg extract --report FILE: the figures of a run, on a few synthetic documents in the embedded Neo4j. */
class RunReportTest extends EmbeddedApiTest {

    private static final List<String> FIELDS = List.of("documents", "characters", "failures", "startupSeconds",
            "modelLoadSeconds", "annotateSeconds", "writeSeconds", "totalSeconds", "charactersPerSecond", "peakHeapMb");

    @Autowired
    private CommandRunner runner;

    @Test
    void extract_writes_the_figures_of_the_run_and_a_rerun_of_an_unchanged_folder_extracts_nothing(@TempDir Path dir)
            throws IOException {
        new SyntheticCorpus(11).write(3, dir, new PrintStream(PrintStream.nullOutputStream()));
        Path input = dir.resolve("docs");
        Path report = dir.resolve("reports/first.json");
        try {
            assertThat(runner.extract(input, null, ExtractionJob.Options.DEFAULT, report)).isZero();
            JsonNode first = json.readTree(report.toFile());
            assertThat(FIELDS).allMatch(first::has);
            long written;
            try (var files = Files.list(input)) {
                written = files.mapToLong(file -> file.toFile().length()).sum();
            }
            assertThat(first.get("documents").asInt()).isEqualTo(3);
            assertThat(first.get("failures").asInt()).isZero();
            assertThat(first.get("characters").asLong()).isPositive().isLessThan(written);
            assertThat(first.get("startupSeconds").asDouble()).isPositive();
            assertThat(first.get("annotateSeconds").asDouble()).isPositive();
            assertThat(first.get("writeSeconds").asDouble()).isPositive();
            // Documents extracted within a second of one another share a transaction: at most one per document.
            assertThat(first.get("writeBatches").asInt()).isBetween(1, 3);
            assertThat(first.get("totalSeconds").asDouble()).isGreaterThan(first.get("startupSeconds").asDouble()
                    + first.get("writeSeconds").asDouble());
            assertThat(first.get("charactersPerSecond").asDouble()).isPositive();
            assertThat(first.get("peakHeapMb").asDouble()).isPositive()
                    .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 1048576.0);

            Path rerun = dir.resolve("reports/second.json");
            assertThat(runner.extract(input, null, ExtractionJob.Options.DEFAULT, rerun)).isZero();
            JsonNode second = json.readTree(rerun.toFile());
            assertThat(second.get("documents").asInt()).isZero();
            assertThat(second.get("unchanged").asInt()).isEqualTo(3);
            assertThat(second.get("modelLoadSeconds").asDouble()).isZero();
            assertThat(second.get("writeBatches").asInt()).isZero();
            assertThat(second.get("totalSeconds").asDouble()).isGreaterThan(first.get("totalSeconds").asDouble());
        } finally {
            try (var files = Files.list(input)) {
                job.remove(files.map(file -> file.getFileName().toString()).toList());
            }
        }
    }
}
