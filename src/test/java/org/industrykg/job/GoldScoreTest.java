package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
}
