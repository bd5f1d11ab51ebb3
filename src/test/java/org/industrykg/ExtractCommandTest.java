package org.industrykg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.job.KgCommand;
import org.industrykg.job.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./kg extract} as the launcher starts it (one Spring application per command, as {@code main}
 * does, in a store of its own): no web server, and a run over files that are all unchanged, into a
 * store that nothing touched since the run that left it so, starts neither the NLP models nor the
 * database. Anything that wrote to the store since (here a removal) or a changed file, and the run
 * compares each file with the graph again.
 */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void extract_and_the_other_one_shot_commands_start_no_web_server() {
        for (String[] args : List.of(new String[] {"extract", "--input", "."}, new String[] {"remove", "a.txt"},
                new String[] {"export", "--output", "g.json"})) {
            AtomicReference<KgCommand.AppCommand> parsed = new AtomicReference<>();
            KgCommand.commandLine(command -> {
                parsed.set(command);
                return 0;
            }).execute(args);
            assertThat(KgApplication.application(parsed.get()).getWebApplicationType()).as(args[0])
                    .isEqualTo(WebApplicationType.NONE);
        }
        AtomicReference<KgCommand.AppCommand> serve = new AtomicReference<>();
        KgCommand.commandLine(command -> {
            serve.set(command);
            return 0;
        }).execute("serve");
        assertThat(KgApplication.application(serve.get()).getWebApplicationType()).isEqualTo(WebApplicationType.SERVLET);
    }

    @Test
    void an_unchanged_rerun_into_an_untouched_store_starts_neither_models_nor_database(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(7).write(3, dir, new PrintStream(PrintStream.nullOutputStream()));
        Path input = dir.resolve("docs");
        Path store = dir.resolve("store");
        String previousPort = System.setProperty("kg.bolt-port", "0");
        try {
            Run first = extract(input, store, dir.resolve("first.json"));
            assertThat(first.status()).isZero();
            assertThat(first.report().get("documents").asInt()).isEqualTo(3);
            assertThat(store.resolve("extract-manifest.json")).isRegularFile();

            List<String> before = storeFiles(store);
            Run unchanged = extract(input, store, dir.resolve("unchanged.json"));
            assertThat(unchanged.status()).isZero();
            assertThat(unchanged.output()).contains("3 unchanged", "the database was not started");
            assertThat(unchanged.report().get("documents").asInt()).isZero();
            assertThat(unchanged.report().get("unchanged").asInt()).isEqualTo(3);
            assertThat(unchanged.report().get("modelLoadSeconds").asDouble()).isZero();
            assertThat(unchanged.report().get("writeBatches").asInt()).isZero();
            // Not even opened: Neo4j touches its lock files and logs at every start.
            assertThat(storeFiles(store)).isEqualTo(before);

            String removed;
            try (Stream<Path> files = Files.list(input)) {
                removed = files.map(file -> file.getFileName().toString()).sorted().findFirst().orElseThrow();
            }
            assertThat(launch("remove", "--store", store.toString(), removed).status()).isZero();
            Run afterRemoval = extract(input, store, dir.resolve("after-removal.json"));
            assertThat(afterRemoval.output()).doesNotContain("the database was not started");
            assertThat(afterRemoval.report().get("documents").asInt()).isEqualTo(1);
            assertThat(afterRemoval.report().get("unchanged").asInt()).isEqualTo(2);

            Files.writeString(input.resolve(removed), "\n深圳市星翼航空科技有限公司落户南山区。\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            Run afterChange = extract(input, store, dir.resolve("after-change.json"));
            assertThat(afterChange.output()).doesNotContain("the database was not started");
            assertThat(afterChange.report().get("documents").asInt()).isEqualTo(1);

            Run again = extract(input, store, dir.resolve("again.json"));
            assertThat(again.output()).contains("3 unchanged", "the database was not started");
        } finally {
            if (previousPort == null) {
                System.clearProperty("kg.bolt-port");
            } else {
                System.setProperty("kg.bolt-port", previousPort);
            }
        }
    }

    /** What a command printed, its status, and the report it wrote (when it wrote one). */
    private record Run(int status, String output, JsonNode report) {
    }

    private static Run extract(Path input, Path store, Path report) throws IOException {
        Run run = launch("extract", "--input", input.toString(), "--store", store.toString(), "--report", report.toString());
        return new Run(run.status(), run.output(), JSON.readTree(report.toFile()));
    }

    /** Runs a command the way {@code main} does, with what it prints to standard output captured. */
    private static Run launch(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int status = KgCommand.commandLine(new KgApplication.SpringLauncher()).execute(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8), null);
        } finally {
            System.setOut(stdout);
        }
    }

    /** The files of the store (but the manifest) with their sizes and times of change. */
    private static List<String> storeFiles(Path store) throws IOException {
        try (Stream<Path> walk = Files.walk(store)) {
            return walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("extract-manifest"))
                    .map(file -> {
                        try {
                            return store.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sorted().toList();
        }
    }
}
