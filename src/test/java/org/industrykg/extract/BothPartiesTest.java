package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 双方 standing for the two parties just named together. Invented sentences on the real pipeline. */
class BothPartiesTest {

    @Test
    void both_sides_found_what_they_found_in_the_next_clause_or_sentence_with_each_party() {
        Extracted next = Extracted.from("星川科技有限公司与岷山大学签署战略合作协议。双方将在成都市双流区合组智能焊接联合实验室，"
                + "星川科技有限公司每年投入经费500万元。");
        assertThat(next.hasRelation(RelationType.FOUNDED, "星川科技有限公司", "智能焊接联合实验室")).isTrue();
        assertThat(next.hasRelation(RelationType.FOUNDED, "岷山大学", "智能焊接联合实验室")).isTrue();

        Extracted same = Extracted.from("澜峰机器人股份有限公司和青禾理工学院签约，双方还计划共同设立具身智能创新研究院。");
        assertThat(same.hasRelation(RelationType.FOUNDED, "澜峰机器人股份有限公司", "具身智能创新研究院")).isTrue();
        assertThat(same.hasRelation(RelationType.FOUNDED, "青禾理工学院", "具身智能创新研究院")).isTrue();
    }

    @Test
    void both_sides_without_a_named_pair_or_a_founding_verb_found_nothing() {
        Extracted none = Extracted.from("会议指出，双方将共建智能焊接联合实验室。");
        assertThat(none.extraction.relations()).noneMatch(r -> r.method().equals("verb:cofound"));

        Extracted talk = Extracted.from("星川科技有限公司与岷山大学签署协议，双方将围绕智能焊接开展合作。");
        assertThat(talk.extraction.relations()).noneMatch(r -> r.method().equals("verb:cofound"));
    }
}
