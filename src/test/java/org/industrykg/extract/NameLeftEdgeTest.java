package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a name starts: a verb of publishing before it (关于公布某园…) is no part of it, and a name never
 * starts at the bracketed place that follows a brand (某某运控（中山）科技有限公司). Invented sentences.
 */
class NameLeftEdgeTest {

    @Test
    void a_verb_of_publishing_before_a_park_is_no_part_of_its_name() {
        Extracted x = Extracted.from("关于公布岚汀智能装备产业园入驻企业名录的公告\n岚汀智能装备产业园位于湾区东岸。");
        assertThat(x.extraction.entities()).noneMatch(e -> e.name().startsWith("公布"));
        assertThat(x.entity("岚汀智能装备产业园")).isPresent();

        Extracted y = Extracted.from("近日，市工业和信息化局发布澄溪人形机器人产业园招商指南。");
        assertThat(y.extraction.entities()).noneMatch(e -> e.name().startsWith("发布"));
    }

    @Test
    void a_name_never_starts_at_the_bracketed_place_after_a_brand() {
        Extracted x = Extracted.from("序号\t企业名称\t所属领域\n1\t岚汀运控（中山）科技有限公司\t运动控制\n2\t沐辰运控（中山）科技有限公司\t运动控制");
        assertThat(x.extraction.entities()).noneMatch(e -> e.name().startsWith("（") || e.name().startsWith("("));
        assertThat(x.entity("沐辰运控（中山）科技有限公司")).isPresent();
        assertThat(x.label("沐辰运控（中山）科技有限公司")).isEqualTo(EntityLabel.Enterprise);
    }
}
