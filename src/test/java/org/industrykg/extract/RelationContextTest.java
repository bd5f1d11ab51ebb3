package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The relation passes read a sentence's mentions from an index built once per document
 * ({@link RelationContext#in}), so their work grows with sentences plus mentions, not with their
 * product: the passes that go through the document sentence by sentence take their mentions from
 * it, and the others go through the mention list once.
 */
class RelationContextTest {

    @Test
    void each_sentence_sees_exactly_its_own_mentions_in_document_order() {
        int count = 2_000;
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add(new Sentence(i, i * 20, i * 20 + 20, "句".repeat(20), List.of()));
            for (int m = 0; m < i % 4; m++) {
                mentions.add(new Mention(EntityLabel.Enterprise, "企业" + i + "-" + m, i * 20 + m * 4, i * 20 + m * 4 + 3, i,
                        "rule:test"));
            }
        }
        var context = new RelationContext("t.txt", null, sentences, mentions,
                new Resolver.Resolution(List.of(), Map.of(), null));
        int seen = 0;
        for (Sentence sentence : sentences) {
            List<Mention> own = context.in(sentence);
            assertThat(own).hasSize(sentence.index() % 4).allSatisfy(m -> assertThat(m.sentence()).isEqualTo(sentence.index()));
            assertThat(own).isSortedAccordingTo(java.util.Comparator.comparingInt(Mention::begin));
            seen += own.size();
        }
        assertThat(seen).isEqualTo(mentions.size());
    }

    @Test
    void a_mention_outside_the_sentences_is_in_no_sentence() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 5, "一句话。。", List.of()));
        Mention stray = new Mention(EntityLabel.City, "中山市", 10, 13, 7, "rule:test");
        var context = new RelationContext("t.txt", null, sentences, List.of(stray),
                new Resolver.Resolution(List.of(), Map.of(), null));
        assertThat(context.in(sentences.get(0))).isEmpty();
    }
}
