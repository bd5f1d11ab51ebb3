package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.nlp.Sentence;
import org.industrykg.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pair model speaks only for pairs no rule linked, adds an edge only when it is sure enough, in the
 * direction its class says, and its features never carry a name. A small hand-written model
 * ({@code src/test/resources/extract/pair-model-test.tsv}) on hand-built sentences, so the outcome does
 * not depend on the shipped weights; the last test reads the shipped model.
 */
class PairModelPassTest {

    private static final PairModel MODEL = PairModel.load("extract/pair-model-test.tsv");

    /** One sentence of three words (a park, a word, a firm), resolved to two entities. */
    private static final class Doc {
        final List<Mention> mentions = new ArrayList<>();
        final Map<Mention, Resolver.Entity> entities = new HashMap<>();
        final List<Sentence> sentences = new ArrayList<>();

        Doc sentence(EntityLabel firstLabel, String first, String word, EntityLabel secondLabel, String second) {
            int begin = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
            int wordAt = begin + first.length();
            int secondAt = wordAt + word.length();
            int end = secondAt + second.length() + 1;
            List<Token> tokens = List.of(new Token(first, "NR", "O", null, begin, wordAt),
                    new Token(word, "VV", "O", null, wordAt, secondAt),
                    new Token(second, "NR", "O", null, secondAt, end - 1),
                    new Token("。", "PU", "O", null, end - 1, end));
            int index = sentences.size();
            sentences.add(new Sentence(index, begin, end, first + word + second + "。", tokens));
            mention(firstLabel, first, begin, index);
            mention(secondLabel, second, secondAt, index);
            return this;
        }

        private void mention(EntityLabel label, String name, int begin, int sentence) {
            Mention m = new Mention(label, name, begin, begin + name.length(), sentence, "rule:test");
            mentions.add(m);
            Resolver.Entity known = entities.values().stream().filter(e -> e.name.equals(name)).findFirst().orElse(null);
            entities.put(m, known != null ? known : new Resolver.Entity(label, name));
        }

        RelationContext context() {
            return new RelationContext("t.txt", null, sentences, mentions,
                    new Resolver.Resolution(List.copyOf(new java.util.LinkedHashSet<>(entities.values())), entities, null));
        }

        String key(String name) {
            return entities.values().stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow().key();
        }
    }

    @Test
    void an_unlinked_pair_gets_the_models_edge_in_the_direction_of_its_class() {
        Doc doc = new Doc().sentence(EntityLabel.Park, "岚汀园", "内", EntityLabel.Enterprise, "沐辰公司")
                .sentence(EntityLabel.Enterprise, "乾坤公司", "入驻", EntityLabel.Park, "行健园");
        List<ExtractedRelation> out = new ArrayList<>();
        new PairModelPass(MODEL, VerbLexicon.shared()).find(doc.context(), out);

        assertThat(out).hasSize(2).allMatch(r -> r.method().equals(PairModelPass.METHOD) && r.type() == RelationType.HOSTS);
        assertThat(out).anyMatch(r -> r.source().equals(doc.key("岚汀园")) && r.target().equals(doc.key("沐辰公司")));
        assertThat(out).anyMatch(r -> r.source().equals(doc.key("行健园")) && r.target().equals(doc.key("乾坤公司")));
        assertThat(out).allMatch(r -> r.confidence() >= MODEL.add && r.evidence().sentence().endsWith("。"));
    }

    @Test
    void a_pair_a_rule_linked_or_the_model_is_unsure_of_gets_nothing_more() {
        Doc doc = new Doc().sentence(EntityLabel.Park, "岚汀园", "内", EntityLabel.Enterprise, "沐辰公司")
                .sentence(EntityLabel.Park, "行健园", "旁边", EntityLabel.Enterprise, "乾坤公司");
        RelationContext context = doc.context();
        List<ExtractedRelation> out = new ArrayList<>();
        ExtractedRelation rule = new ExtractedRelation(RelationType.PARTNERS_WITH, doc.key("沐辰公司"), doc.key("岚汀园"),
                "rule:test", 0.9, context.evidence(context.sentences.get(0)), Map.of());
        out.add(rule);
        new PairModelPass(MODEL, VerbLexicon.shared()).find(context, out);

        assertThat(out).containsExactly(rule);
        assertThat(MODEL.predict(List.of("bias", "Park>Enterprise|w:旁边")).probability()).isBetween(0.5, MODEL.add);
    }

    @Test
    void the_model_adds_no_edge_the_ontology_forbids_between_the_two_labels() {
        PairModel model = PairModel.load("extract/pair-model-signature.tsv"); // IN_INDUSTRY for both pairs below
        Doc doc = new Doc().sentence(EntityLabel.City, "岚汀镇", "主导", EntityLabel.Industry, "灵巧手")
                .sentence(EntityLabel.Park, "行健园", "主导", EntityLabel.Industry, "谐波减速器");
        List<ExtractedRelation> out = new ArrayList<>();
        new PairModelPass(model, VerbLexicon.shared()).find(doc.context(), out);

        assertThat(out).singleElement().satisfies(r -> { // a park is in an industry; a town is not (DESIGN.md's IN_INDUSTRY)
            assertThat(r.type()).isEqualTo(RelationType.IN_INDUSTRY);
            assertThat(r.source()).isEqualTo(doc.key("行健园"));
        });
        assertThat(RelationType.TARGETS.allows(EntityLabel.Fund, EntityLabel.Industry)).isTrue();
        assertThat(RelationType.TARGETS.allows(EntityLabel.Enterprise, EntityLabel.Industry)).isFalse();
        assertThat(RelationType.MANAGES.allows(EntityLabel.Enterprise, EntityLabel.Fund)).isTrue();
        assertThat(RelationType.MANAGES.allows(EntityLabel.Fund, EntityLabel.Enterprise)).isFalse();
    }

    @Test
    void the_model_says_nothing_across_respectively() {
        Doc doc = new Doc().sentence(EntityLabel.Park, "岚汀园", "分别内", EntityLabel.Enterprise, "沐辰公司");
        List<ExtractedRelation> out = new ArrayList<>();
        new PairModelPass(MODEL, VerbLexicon.shared()).find(doc.context(), out);
        assertThat(out).isEmpty();
    }

    @Test
    void the_probabilities_of_a_pair_sum_to_one_and_none_says_no_edge() {
        Map<String, Double> p = MODEL.probabilities(List.of("bias", "Park>Enterprise|w:内", "an unknown feature"));
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.get("HOSTS>")).isGreaterThan(p.get("NONE"));
        assertThat(MODEL.predict(List.of("bias"))).isNull();
        assertThat(PairModel.className(RelationType.PARTNERS_WITH, false)).isEqualTo("PARTNERS_WITH>");
        assertThat(PairModel.className(RelationType.HOSTS, false)).isEqualTo("HOSTS<");
    }

    @Test
    void a_missing_model_is_none_and_a_malformed_one_names_its_file_and_line() {
        assertThat(PairModel.load("extract/no-such-model.tsv")).isNull();
        assertThatThrownBy(() -> PairModel.load("extract/pair-model-broken.tsv"))
                .hasMessageContaining("extract/pair-model-broken.tsv").hasMessageContaining("bias");
    }

    @Test
    void the_dump_holds_one_line_per_pair_whose_features_carry_no_name(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("pairs.jsonl");
        Doc doc = new Doc().sentence(EntityLabel.Park, "岚汀园", "内", EntityLabel.Enterprise, "沐辰公司")
                .sentence(EntityLabel.Enterprise, "乾坤公司", "入驻", EntityLabel.Park, "行健园");
        System.setProperty("kg.pairs.dump", dump.toString());
        try {
            new PairModelPass(null, VerbLexicon.shared()).find(doc.context(), new ArrayList<>());
        } finally {
            System.clearProperty("kg.pairs.dump");
        }
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("a").get("name").asText()).isEqualTo("乾坤公司");
        assertThat(second.get("b").get("label").asText()).isEqualTo("Park");
        List<String> features = new ArrayList<>();
        second.get("f").forEach(f -> features.add(f.asText()));
        assertThat(features).contains("lp:Enterprise>Park", "w:入驻", "vc:LOCATE")
                .noneMatch(f -> f.contains("乾坤") || f.contains("行健"));
    }

    @Test
    void the_shipped_model_loads_with_a_class_for_every_direction_of_the_main_types() {
        PairModel shipped = PairModel.load("extract/pair-model.tsv");
        assertThat(shipped).isNotNull();
        assertThat(shipped.add).isBetween(0.5, 1.0);
        for (RelationType type : List.of(RelationType.HOSTS, RelationType.FOUNDED, RelationType.FUNDS)) {
            assertThat(shipped.probabilities(List.of("bias"))).containsKeys(PairModel.className(type, true),
                    PairModel.className(type, false));
        }
    }
}
