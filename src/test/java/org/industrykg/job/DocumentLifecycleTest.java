package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What a document contributes stays its own: replacing or removing it withdraws exactly what only it
 * said (aliases, properties, evidence), a new extractor version reads it again, documents that
 * disagree are reported as conflicts and every fact is dated. On the embedded Neo4j with the seeds
 * loaded; every test uses documents of its own (their names start with the test's prefix).
 */
class DocumentLifecycleTest extends EmbeddedApiTest {

    private static final String LIUZHOU_FUND = "Fund:柳州市机器人产业投资基金";
    private static final String GUILIN_FUND = "Fund:桂林市低空经济产业基金";

    @Autowired
    private Driver driver;
    @Autowired
    private CommandRunner runner;

    private GraphExport.Node node(String key) {
        return reader.export().nodes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    private JsonNode ok(String url, Object... variables) throws IOException {
        var response = http.getForEntity(url, String.class, variables);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void a_changed_document_withdraws_its_old_alias_and_size_and_keeps_what_another_said(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("lz-a.txt"),
                "柳州市人民政府\n\n柳州市设立柳州市机器人产业投资基金（以下简称“柳机基金”），规模为50亿元。柳机基金重点投向人形机器人。\n");
        Files.writeString(input.resolve("lz-b.txt"),
                "柳州市工业和信息化局\n\n柳州市机器人产业投资基金（以下简称“机器人母基金”）重点投向人形机器人。\n");
        job.run(input, quiet());
        GraphExport.Node before = node(LIUZHOU_FUND);
        assertThat(before.aliases()).contains("柳机基金", "机器人母基金");
        assertThat(before.properties()).containsEntry("sizeCny", 5_000_000_000L);

        Files.writeString(input.resolve("lz-a.txt"),
                "柳州市人民政府\n\n柳州市设立柳州市机器人产业投资基金（以下简称“柳州机器人基金”），规模为80亿元。\n");
        JobReport second = job.run(input, quiet());
        assertThat(second.loaded()).isEqualTo(1);

        GraphExport.Node after = node(LIUZHOU_FUND);
        assertThat(after.aliases()).contains("柳州机器人基金", "机器人母基金").doesNotContain("柳机基金");
        assertThat(after.properties()).containsEntry("sizeCny", 8_000_000_000L).containsEntry("sizeText", "规模为80亿元");
        assertThat(after.documents()).containsExactlyInAnyOrder("lz-a.txt", "lz-b.txt");
    }

    @Test
    void two_documents_with_different_sizes_give_one_conflict_and_removing_one_leaves_the_other_value(@TempDir Path input)
            throws IOException {
        Files.writeString(input.resolve("gl-a.txt"),
                "桂林市人民政府\n\n桂林市设立桂林市低空经济产业基金，规模为30亿元。\n\n桂林市人民政府\n2023年5月8日\n");
        Files.writeString(input.resolve("gl-b.txt"),
                "桂林市发展和改革委员会\n\n2024年3月，桂林市设立桂林市低空经济产业基金，规模为20亿元。\n");
        job.run(input, quiet());

        List<JsonNode> conflicts = list(ok("/api/conflicts?key={key}", GUILIN_FUND));
        assertThat(conflicts).hasSize(1);
        JsonNode conflict = conflicts.get(0);
        assertThat(conflict.get("entity").get("key").asText()).isEqualTo(GUILIN_FUND);
        assertThat(conflict.get("fact").asText()).isEqualTo("sizeCny");
        assertThat(list(conflict.get("claims"))).hasSize(2)
                .anySatisfy(claim -> {
                    assertThat(claim.get("value").asLong()).isEqualTo(3_000_000_000L);
                    assertThat(claim.get("document").asText()).isEqualTo("gl-a.txt");
                    assertThat(claim.get("date").asText()).isEqualTo("2023-05-08");
                    assertThat(claim.get("sentence").asText()).contains("30亿元");
                })
                .anySatisfy(claim -> {
                    assertThat(claim.get("value").asLong()).isEqualTo(2_000_000_000L);
                    assertThat(claim.get("document").asText()).isEqualTo("gl-b.txt");
                    assertThat(claim.get("date").asText()).isEqualTo("2024-03");
                });
        assertThat(list(ok("/api/conflicts")).stream().filter(c -> c.get("entity").get("key").asText().equals(GUILIN_FUND)))
                .hasSize(1);
        // The latest statement is the node's value; the other stays with its evidence.
        assertThat(node(GUILIN_FUND).properties()).containsEntry("sizeCny", 2_000_000_000L).containsEntry("established", "2024-03");

        List<GraphWriter.Removal> removed = job.remove(List.of("gl-b.txt", "gl-no-such.txt"));
        assertThat(removed).extracting(GraphWriter.Removal::document).containsExactly("gl-b.txt");
        assertThat(removed.get(0).entities()).contains("桂林市发展和改革委员会");
        GraphExport.Node fund = node(GUILIN_FUND);
        assertThat(fund.properties()).containsEntry("sizeCny", 3_000_000_000L).doesNotContainKey("established");
        assertThat(fund.documents()).containsExactly("gl-a.txt");
        assertThat(list(ok("/api/conflicts?key={key}", GUILIN_FUND))).isEmpty();
        assertThat(reader.export().edges()).noneMatch(e -> e.evidence().stream().anyMatch(ev -> ev.document().equals("gl-b.txt")));
    }

    @Test
    void the_timeline_lists_an_entitys_facts_by_the_date_of_their_documents(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("tl-a.txt"),
                "钦州市人民政府\n\n钦州市设立钦州市海洋产业基金，规模为10亿元。\n\n钦州市人民政府\n2022年1月5日\n");
        Files.writeString(input.resolve("tl-b.txt"),
                "钦州市科学技术局\n\n2025年6月，钦州市海洋产业基金重点投向海洋装备。\n");
        job.run(input, quiet());
        String fund = "Fund:钦州市海洋产业基金";
        List<JsonNode> facts = list(ok("/api/timeline?key={key}", fund));
        assertThat(facts).isNotEmpty();
        List<String> dates = facts.stream().map(f -> f.path("date").asText(null)).toList();
        assertThat(dates).first().isEqualTo("2022-01-05");
        assertThat(dates).contains("2025-06");
        assertThat(dates.stream().filter(d -> d != null).toList()).isSorted();
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.get("fact").asText()).isEqualTo("sizeCny");
            assertThat(f.get("value").asLong()).isEqualTo(1_000_000_000L);
            assertThat(f.get("document").asText()).isEqualTo("tl-a.txt");
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.get("date").asText()).isEqualTo("2025-06");
            assertThat(f.get("document").asText()).isEqualTo("tl-b.txt");
            assertThat(f.get("sentence").asText()).contains("重点投向");
        });
        // Evidence items of the export carry the same dates.
        assertThat(reader.export().edges().stream().filter(e -> e.source().equals(fund) || e.target().equals(fund))
                .flatMap(e -> e.evidence().stream())).anySatisfy(ev -> assertThat(ev.date()).isEqualTo("2022-01-05"));
        assertThat(http.getForEntity("/api/timeline?key={key}", String.class, "Fund:没有这个基金").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_new_extractor_version_reads_unchanged_files_again_unless_told_to_keep_it(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("ver-a.txt"), "北海市工业和信息化局\n\n北海市工业和信息化局支持北海市电子信息产业园建设。\n");
        job.run(input, quiet());
        assertThat(storedVersion("ver-a.txt")).isEqualTo(ExtractorVersion.current());

        setVersion("ver-a.txt", "an-older-extractor");
        JobReport kept = job.run(input, quiet(), new ExtractionJob.Options(false, true));
        assertThat(kept.loaded()).isZero();
        assertThat(kept.skipped()).isEqualTo(1);
        assertThat(storedVersion("ver-a.txt")).isEqualTo("an-older-extractor");

        JobReport again = job.run(input, quiet());
        assertThat(again.loaded()).isEqualTo(1);
        assertThat(again.reextracted()).isEqualTo(1);
        assertThat(again.summary()).contains("1 of them unchanged but read by another extractor version");
        assertThat(storedVersion("ver-a.txt")).isEqualTo(ExtractorVersion.current());
        assertThat(node("Park:北海市电子信息产业园").documents()).containsExactly("ver-a.txt");
    }

    @Test
    void remove_command_removes_named_documents_and_fails_for_unknown_ones(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("rm-a.txt"), "防城港市商务局\n\n防城港市商务局与防城港市东兴边境贸易协会签订合作协议。\n");
        String before = graphVersion();
        job.run(input, quiet());
        String written = graphVersion();
        assertThat(written).as("writing a document gives the graph a new version").isNotNull().isNotEqualTo(before);
        assertThat(reader.export().nodes()).anyMatch(n -> n.documents().contains("rm-a.txt"));
        assertThat(runner.remove(List.of("rm-a.txt"))).isZero();
        assertThat(graphVersion()).as("so does removing one").isNotEqualTo(written);
        assertThat(reader.export().nodes()).noneMatch(n -> n.documents().contains("rm-a.txt") || n.name().equals("rm-a.txt"));
        assertThat(runner.remove(List.of("rm-a.txt"))).isEqualTo(1);
    }

    /** The graph version that every write changes (cypher/version.cypher), or null before the first. */
    private String graphVersion() {
        try (var session = driver.session()) {
            return session.run("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version")
                    .single().get("version").asString(null);
        }
    }

    @Test
    void evidence_written_before_dates_were_kept_stays_parallel_to_new_dated_evidence(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("old-a.txt"), "崇左市商务局\n\n崇左市商务局支持崇左市跨境电商产业园建设。\n");
        job.run(input, quiet());
        try (var session = driver.session()) {
            session.run("MATCH ()-[r]->() WHERE 'old-a.txt' IN r.evidenceDocuments REMOVE r.evidenceDates").consume();
        }
        Files.writeString(input.resolve("old-b.txt"), "崇左市商务局\n\n崇左市商务局支持崇左市跨境电商产业园建设。\n\n崇左市商务局\n2024年1月2日\n");
        job.run(input, quiet());
        List<GraphExport.EvidenceItem> evidence = reader.export().edges().stream()
                .filter(e -> e.evidence().stream().anyMatch(ev -> ev.document().equals("old-a.txt")))
                .flatMap(e -> e.evidence().stream()).toList();
        assertThat(evidence).anySatisfy(ev -> assertThat(ev.document()).isEqualTo("old-b.txt"))
                .allSatisfy(ev -> assertThat(ev.date()).isEqualTo(ev.document().equals("old-b.txt") ? "2024-01-02" : null));
    }

    private String storedVersion(String fileName) {
        try (var session = driver.session()) {
            return session.run("MATCH (d:Document {fileName: $f}) RETURN d.extractorVersion AS v", Map.of("f", fileName))
                    .single().get("v").asString(null);
        }
    }

    private void setVersion(String fileName, String version) {
        try (var session = driver.session()) {
            session.run("MATCH (d:Document {fileName: $f}) SET d.extractorVersion = $v", Map.of("f", fileName, "v", version)).consume();
        }
    }
}
