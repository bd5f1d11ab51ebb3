package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.FundQueries.FundMatch;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.LinkQueries.LinkGraph;
import org.industrykg.graph.RelationshipQueries.Relationship;
import org.junit.jupiter.api.Test;

/** The three questions scored as usecases.py scores them: names and aliases, pairs either way round. */
class UseCaseScoreTest {

    private static final String GOLD = """
            {"humanoid_funds": [
               {"name": "青山市机器人母基金", "aliases": ["青山母基金"]},
               {"name": "白石智能基金", "aliases": []}],
             "shenzhen_zhongshan_links": [
               {"a": "深圳市", "b": "中山市"},
               {"a": "红叶科技有限公司", "b": "中山市"}],
             "enterprise_institute": [
               {"enterprise": "红叶科技有限公司", "institute": "白石研究院"}]}
            """;

    private static FundMatch fund(String name, List<String> aliases) {
        return new FundMatch("Fund:" + name, name, aliases, "direct", List.of(), null, null, null, null, null, null, null,
                List.of());
    }

    private static GraphExport.Node node(String label, String name) {
        return new GraphExport.Node(label + ":" + name, label, name, List.of(), Map.of(), List.of("a.txt"));
    }

    @Test
    void scores_funds_links_and_enterprise_institute_pairs() throws Exception {
        List<FundMatch> funds = List.of(fund("青山 母基金", List.of()), fund("其他基金", List.of("别名基金")));
        LinkGraph links = new LinkGraph(List.of(node("City", "深圳市"), node("City", "中山市")),
                List.of(new GraphExport.Edge("City:中山市", "City:深圳市", "PARTNERS_WITH", Map.of(), List.of())),
                null, null, List.of(), List.of());
        List<Relationship> paths = List.of(new Relationship(new EntityRef("ResearchInstitute:白石研究院", "ResearchInstitute", "白石研究院"),
                new EntityRef("Enterprise:红叶科技有限公司", "Enterprise", "红叶科技有限公司"), null, List.of("PARTNERS_WITH"),
                List.of(), List.of()));

        UseCaseScore score = UseCaseScore.score(new UseCaseScore.Answers(funds, links, paths),
                new ObjectMapper().readTree(GOLD));

        assertThat(score.funds.recall()).isEqualTo(0.5);
        assertThat(score.funds.precision()).isEqualTo(0.5);
        assertThat(score.links.recall()).isEqualTo(0.5);
        assertThat(score.enterpriseInstitute.recall()).isEqualTo(1.0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        score.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "funds: gold=2 returned=2 recall=0.50 precision=0.50",
                "links: gold=2 edges=1 recall=0.50",
                "enterprise-institute: gold=1 returned=1 recall=1.00");

        ByteArrayOutputStream misses = new ByteArrayOutputStream();
        score.printMisses(new PrintStream(misses, true, StandardCharsets.UTF_8));
        assertThat(misses.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "  missed funds  白石智能基金",
                "  no gold for funds  其他基金",
                "  missed links  红叶科技有限公司 — 中山市");
    }

    @Test
    void no_answers_score_zero() throws Exception {
        UseCaseScore score = UseCaseScore.score(new UseCaseScore.Answers(List.of(), null, List.of()),
                new ObjectMapper().readTree(GOLD));
        assertThat(score.funds.text()).isEqualTo("funds: gold=2 returned=0 recall=0.00 precision=0.00");
        assertThat(score.links.text()).isEqualTo("links: gold=2 edges=0 recall=0.00");
    }
}
