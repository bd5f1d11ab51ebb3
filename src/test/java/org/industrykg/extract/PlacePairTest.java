package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pairs of a paired-cooperation plan (1．南山区与翠亨新区。, 深圳市龙华区—中山市南头镇) and what 两地 then build together.
 * Invented texts on the real pipeline.
 */
class PlacePairTest {

    @Test
    void a_line_of_two_places_pairs_them_and_what_both_places_then_build_each_founded() {
        Extracted x = Extracted.from("关于印发2026年深中区镇对口合作工作要点的通知\n"
                + "1．南山区与中山翠亨新区。两地联合建设南山—翠亨濯岚协同创新中心，2026年6月底前投入运营。\n"
                + "2．坪山区与坦洲镇。两地将围绕零部件配套开展合作。\n"
                + "附件：结对名单\n"
                + "深圳市龙华区—中山市南头镇\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市南山区", "中山翠亨新区")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市南山区", "南山—翠亨濯岚协同创新中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山翠亨新区", "南山—翠亨濯岚协同创新中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市坪山区", "中山市坦洲镇")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市龙华区", "中山市南头镇")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市", "中山市南头镇")).isFalse();
    }

    @Test
    void places_in_a_sentence_that_says_more_are_no_pair() {
        Extracted x = Extracted.from("深圳市濯溪科技有限公司总部位于南山区，生产基地位于中山市坦洲镇。\n"
                + "南山区与坦洲镇的企业往来日益密切，双方物流时间缩短至一小时。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市南山区", "中山市坦洲镇")).isFalse();
    }
}
