package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.GraphExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer follows score.py: normalised name/alias matching, typed labels, relations either way for partners. */
class GoldScoreTest {

    private static final String GOLD = """
            {"document": "a.txt",
             "entities": [
               {"name": "中山市工业和信息化局", "types": ["GovernmentAgency"], "aliases": ["市工业和信息化局"]},
               {"name": "中山市", "types": ["City"], "aliases": ["中山"]},
               {"name": "深圳市", "types": ["City"]},
               {"name": "人形机器人", "types": ["Industry"]}],
             "relations": [
               {"source": "中山市工业和信息化局", "target": "中山市", "type": "PART_OF"},
               {"source": "中山市", "target": "深圳市", "type": "PARTNERS_WITH"}]}
            """;

    private static GraphExport.Node node(String label, String name, List<String> aliases) {
        return new GraphExport.Node(label + ":" + name, label, name, aliases, Map.of(), List.of("a.txt"));
    }

    private static GraphExport.Edge edge(String source, String target, String type) {
        return new GraphExport.Edge(source, target, type, Map.of(),
                List.of(new GraphExport.EvidenceItem("a.txt", "…", 0, 1)));
    }

    @Test
    void scores_entities_and_relations_like_score_py(@TempDir Path gold) throws IOException {
        Files.writeString(gold.resolve("a.json"), GOLD);
        GraphExport graph = new GraphExport(List.of(
                node("GovernmentAgency", "中山市工业和信息化局", List.of()),
                node("City", "中山 市", List.of()),
                node("Park", "深圳市", List.of()),
                node("Enterprise", "不存在公司", List.of()),
                node("Industry", "人形机器人", List.of())),
                List.of(edge("GovernmentAgency:中山市工业和信息化局", "City:中山 市", "PART_OF"),
                        edge("Park:深圳市", "City:中山 市", "PARTNERS_WITH"),
                        edge("City:中山 市", "Enterprise:不存在公司", "HOSTS")));
        GoldScore score = GoldScore.score(graph, gold, new ObjectMapper());
        assertThat(score.typed.truePredicted).isEqualTo(2);
        assertThat(score.typed.predicted).isEqualTo(4);
        assertThat(score.typed.trueGold).isEqualTo(2);
        assertThat(score.typed.gold).isEqualTo(3);
        assertThat(score.industry.f1()).isEqualTo(1.0);
        assertThat(score.relation.truePredicted).isEqualTo(2);
        assertThat(score.relation.predicted).isEqualTo(3);
        assertThat(score.relation.recall()).isEqualTo(1.0);
    }

    @Test
    void a_folder_without_gold_files_is_an_error(@TempDir Path empty) {
        assertThatThrownBy(() -> GoldScore.score(new GraphExport(List.of(), List.of()), empty, new ObjectMapper()))
                .hasMessageContaining("no gold files");
    }

    private static final String GOLD_B = """
            {"document": "b.txt",
             "entities": [
               {"name": "青木科技有限公司", "types": ["Enterprise"], "aliases": ["青木科技"]},
               {"name": "白石研究院", "types": ["ResearchInstitute"]},
               {"name": "青山市", "types": ["City"]},
               {"name": "机器人", "types": ["Industry"]}],
             "relations": [
               {"source": "青木科技", "target": "白石研究院", "type": "PARTNERS_WITH"},
               {"source": "青山市", "target": "青木科技有限公司", "type": "HOSTS", "alt_types": ["FOUNDED"]},
               {"source": "青木科技有限公司", "target": "机器人", "type": "IN_INDUSTRY"}]}
            """;

    private static GraphExport.Node nodeOf(String document, String label, String name) {
        return new GraphExport.Node(label + ":" + name, label, name, List.of(), Map.of(), List.of(document));
    }

    @Test
    void lists_per_document_what_was_missed_and_what_matches_no_gold(@TempDir Path gold) throws IOException {
        Files.writeString(gold.resolve("b.json"), GOLD_B);
        Files.writeString(gold.resolve("usecases.json"), "{\"humanoid_funds\": []}");
        GraphExport.EvidenceItem evidence = new GraphExport.EvidenceItem("b.txt", "…", 0, 1);
        GraphExport graph = new GraphExport(List.of(
                nodeOf("b.txt", "Enterprise", "青木科技有限公司"),
                nodeOf("b.txt", "Park", "白石研究院"),
                nodeOf("b.txt", "Enterprise", "红叶公司"),
                nodeOf("b.txt", "Industry", "机器人"),
                nodeOf("other.txt", "Enterprise", "别处公司")),
                List.of(new GraphExport.Edge("Park:白石研究院", "Enterprise:青木科技有限公司", "PARTNERS_WITH", Map.of(), List.of(evidence)),
                        new GraphExport.Edge("Enterprise:青木科技有限公司", "Enterprise:红叶公司", "HOSTS", Map.of(), List.of(evidence))));

        GoldScore score = GoldScore.score(graph, gold, new ObjectMapper());

        assertThat(score.misses).hasSize(1);
        GoldScore.Misses misses = score.misses.get(0);
        assertThat(misses.document()).isEqualTo("b.txt");
        assertThat(misses.missedEntities()).containsExactly("ResearchInstitute 白石研究院 (extracted as Park)", "City 青山市");
        assertThat(misses.missedRelations()).containsExactly("HOSTS 青山市 -> 青木科技有限公司 (or FOUNDED)",
                "IN_INDUSTRY 青木科技有限公司 -> 机器人");
        assertThat(misses.unmatchedEntities()).containsExactly("Park 白石研究院 (gold: ResearchInstitute)", "Enterprise 红叶公司");
        assertThat(misses.unmatchedEdges()).containsExactly("HOSTS 青木科技有限公司 -> 红叶公司");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        score.printMisses(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("b.txt:\n",
                "  missed entity       City 青山市\n", "  no gold for edge    HOSTS 青木科技有限公司 -> 红叶公司\n");
    }

    @Test
    void rounds_to_two_decimals_as_python_prints_them() {
        assertThat(GoldScore.twoDecimals(90.0 / 144)).isEqualTo("0.62");
        assertThat(GoldScore.twoDecimals(0.675)).isEqualTo("0.68");
        assertThat(GoldScore.twoDecimals(1)).isEqualTo("1.00");
        assertThat(GoldScore.twoDecimals(0)).isEqualTo("0.00");
    }
}
