package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Industries a name states: taxonomy terms inside it, and the field a laboratory is named after. Invented sentences. */
class IndustryInNamePassTest {

    @Test
    void a_laboratory_named_after_a_field_the_taxonomy_lists_only_the_head_of_is_in_that_field() {
        Extracted a = Extracted.from("株洲星辰轴承股份有限公司与湖南工程大学共建深海巡检机器人联合实验室。");
        assertThat(a.hasRelation(RelationType.IN_INDUSTRY, "深海巡检机器人联合实验室", "深海巡检机器人")).isTrue();
        assertThat(a.label("深海巡检机器人")).isEqualTo(EntityLabel.Industry);

        Extracted b = Extracted.from("湘江大学与株洲星辰轴承股份有限公司共建智能采摘机器人联合实验室。");
        assertThat(b.hasRelation(RelationType.IN_INDUSTRY, "智能采摘机器人联合实验室", "智能采摘机器人")).isTrue();
    }

    @Test
    void a_laboratory_named_after_a_firm_or_after_two_listed_fields_gets_no_compound_field() {
        Extracted firm = Extracted.from("湘江大学与星城动力科技有限公司共建星城机器人联合实验室。");
        assertThat(firm.hasRelation(RelationType.IN_INDUSTRY, "星城机器人联合实验室", "星城机器人")).isFalse();
        // nor all of robotics: a field with many narrower fields says nothing about what an institute does
        assertThat(firm.hasRelation(RelationType.IN_INDUSTRY, "星城机器人联合实验室", "机器人")).isFalse();

        Extracted two = Extracted.from("湘江大学与星城动力科技有限公司共建人形机器人运动控制联合实验室。");
        assertThat(two.hasRelation(RelationType.IN_INDUSTRY, "人形机器人运动控制联合实验室", "人形机器人运动控制")).isFalse();
        assertThat(two.hasRelation(RelationType.IN_INDUSTRY, "人形机器人运动控制联合实验室", "运动控制")).isTrue();
    }
}
