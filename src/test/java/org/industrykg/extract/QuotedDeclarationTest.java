package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short name declared in quotes alone right after a name, as listed companies' announcements and Hong Kong reports
 * write it (（“某某”）, （「深圳某某」）), is that name's alias like one declared with 以下简称. Invented texts on the real
 * pipeline.
 */
class QuotedDeclarationTest {

    @Test
    void a_quoted_short_name_in_traditional_or_simplified_text_names_the_firm_in_later_sentences() {
        Extracted traditional = Extracted.from("本集團主要透過附屬公司深圳濯汀機器人有限公司（「深圳濯汀」）從事協作機器人的研發。\n"
                + "報告期內，深圳濯汀與香港科技大學共同設立「濯汀具身智能聯合實驗室」。\n");
        assertThat(traditional.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳濯汀机器人有限公司", "香港科技大学")).isTrue();
        assertThat(traditional.hasRuleRelation(RelationType.FOUNDED, "深圳濯汀机器人有限公司", "濯汀具身智能联合实验室")).isTrue();

        Extracted simplified = Extracted.from("公司全资子公司中山濯峤精密传动有限公司（“濯峤传动”）于2025年投产。\n"
                + "濯峤传动与电子科技大学中山学院共建精密传动检测中心。\n");
        assertThat(simplified.hasRuleRelation(RelationType.PARTNERS_WITH, "中山濯峤精密传动有限公司", "电子科技大学中山学院")).isTrue();
    }

    @Test
    void a_quoted_word_that_is_no_form_of_the_name_before_it_is_no_alias() {
        Extracted x = Extracted.from("公司与深圳市濯澜科技有限公司（“乙方”）签署合作协议。\n");
        assertThat(x.names(EntityLabel.Enterprise)).contains("深圳市濯澜科技有限公司");
        assertThat(x.allNames()).doesNotContain("乙方");
    }
}
