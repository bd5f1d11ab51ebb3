package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.ingest.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus of ./kg synth --docs: the same bytes for a seed, a graph that grows, gold that the text bears out. */
class SyntheticCorpusTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    private static final Set<String> LABELS = Set.of("Enterprise", "ResearchInstitute", "Park", "Fund", "Policy", "City",
            "GovernmentAgency", "Association", "Platform", "Industry");
    private static final Set<String> TYPES = Set.of("FUNDS", "MANAGES", "TARGETS", "HOSTS", "PARTNERS_WITH", "FOUNDED",
            "SUPPORTS", "ISSUES", "PART_OF", "IN_INDUSTRY");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_same_seed_writes_the_same_bytes_and_another_seed_does_not(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(7).write(30, dir.resolve("a"), QUIET);
        new SyntheticCorpus(7).write(30, dir.resolve("b"), QUIET);
        new SyntheticCorpus(8).write(30, dir.resolve("c"), QUIET);

        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
        assertThat(contents(dir.resolve("a"))).isNotEqualTo(contents(dir.resolve("c")));
    }

    @Test
    void distinct_names_grow_with_the_number_of_documents() {
        SyntheticCorpus corpus = new SyntheticCorpus(1);
        int at50 = names(corpus, 50).size();
        int at400 = names(corpus, 400).size();

        assertThat(at50).isGreaterThan(150);
        assertThat(at400).isGreaterThan(at50 * 5);
    }

    @Test
    void the_corpus_mixes_kinds_scripts_and_encodings(@TempDir Path dir) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(3);
        List<SyntheticCorpus.Document> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(corpus.document(i));
        }
        assertThat(documents).extracting(d -> d.fileName().replaceAll("^syn\\d+_|\\.txt$", "")).containsOnly(
                "reply", "measures", "fundnews", "parknotice").contains("reply", "measures", "fundnews", "parknotice");
        assertThat(documents).extracting(d -> d.charset().name()).contains("UTF-8", "GB18030");
        assertThat(documents).filteredOn(d -> d.text().contains("產業")).isNotEmpty();

        // Whatever the encoding, the reader detects it and gets the text back.
        corpus.write(40, dir, QUIET);
        for (int i = 0; i < 40; i++) {
            SyntheticCorpus.Document document = corpus.document(i);
            byte[] bytes = Files.readAllBytes(dir.resolve("docs").resolve(document.fileName()));
            assertThat(DocumentReader.read(bytes, document.fileName()).text()).as(document.fileName())
                    .isEqualTo(document.text());
        }
    }

    @Test
    void every_gold_file_is_valid_and_borne_out_by_its_document(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(5).write(120, dir, QUIET);
        List<Path> goldFiles;
        try (Stream<Path> listing = Files.list(dir.resolve("gold"))) {
            goldFiles = listing.sorted().toList();
        }
        assertThat(goldFiles).hasSize(120);
        for (Path file : goldFiles) {
            JsonNode gold = json.readTree(file.toFile());
            Path document = dir.resolve("docs").resolve(gold.get("document").asText());
            SyntheticCorpus.Document written = new SyntheticCorpus(5).document(index(file));
            assertThat(Files.readAllBytes(document)).isEqualTo(written.text().getBytes(written.charset()));
            String text = written.text();

            Set<String> names = new HashSet<>();
            for (JsonNode entity : gold.get("entities")) {
                String name = entity.get("name").asText();
                names.add(name);
                assertThat(LABELS).as("%s of %s", name, file).contains(entity.get("types").get(0).asText());
                List<String> forms = new ArrayList<>(List.of(name));
                entity.get("aliases").forEach(alias -> forms.add(alias.asText()));
                assertThat(forms).as("a written form of %s in %s", name, document).anyMatch(text::contains);
                assertThat(entity.has("note")).isTrue();
            }
            assertThat(gold.get("relations").size()).isPositive();
            for (JsonNode relation : gold.get("relations")) {
                assertThat(TYPES).contains(relation.get("type").asText());
                assertThat(names).as("ends of %s in %s", relation, file)
                        .contains(relation.get("source").asText(), relation.get("target").asText());
                assertThat(relation.get("alt_types").isArray()).isTrue();
                assertThat(text).as("quote of %s", relation).contains(relation.get("quote").asText());
            }
        }
    }

    @Test
    void refuses_an_output_folder_that_already_holds_documents(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(1).write(2, dir, QUIET);
        assertThatThrownBy(() -> new SyntheticCorpus(1).write(2, dir, QUIET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output");
    }

    private static int index(Path goldFile) {
        return Integer.parseInt(goldFile.getFileName().toString().replaceAll("^syn(\\d+)_.*", "$1"));
    }

    private static Set<String> names(SyntheticCorpus corpus, int count) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            corpus.document(i).gold().entities().forEach(entity -> names.add(entity.name()));
        }
        return names;
    }

    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return folder.relativize(file) + ":" + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
