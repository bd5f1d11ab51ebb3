package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An investor's counted list of the firms it invested in. Invented sentences on the real pipeline. */
class PortfolioListPassTest {

    @Test
    void the_firms_listed_after_a_count_of_investments_are_funded_by_the_investor() {
        Extracted x = Extracted.from("霏岭资本旗下基金首批已完成对两家企业的投资，分别是中山市琅岫机器人科技有限公司和深圳苒溪传感技术有限公司，"
                + "投资金额合计约1.2亿元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "霏岭资本", "中山市琅岫机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "霏岭资本", "深圳苒溪传感技术有限公司")).isTrue();

        Extracted counted = Extracted.from("截至2025年底，苒川创投累计投资企业12家，包括深圳市琅汀电子有限公司、中山市翎溪电池科技有限公司等。");
        assertThat(counted.hasRelation(RelationType.FUNDS, "苒川创投", "中山市翎溪电池科技有限公司")).isTrue();
    }

    @Test
    void the_fund_a_text_names_stands_behind_the_bare_word_fund() {
        Extracted x = Extracted.from("琴岫具身智能产业投资基金（有限合伙）于今年3月设立，规模10亿元。"
                + "管理人表示，基金首批已完成对两家企业的投资，分别是中山市琅岫机器人科技有限公司和深圳苒溪传感技术有限公司。");
        assertThat(x.hasRelation(RelationType.FUNDS, "琴岫具身智能产业投资基金（有限合伙）", "深圳苒溪传感技术有限公司")
                || x.hasRelation(RelationType.FUNDS, "琴岫具身智能产业投资基金", "深圳苒溪传感技术有限公司")).isTrue();
    }

    @Test
    void a_counted_list_of_signings_or_a_list_without_an_investor_funds_nothing() {
        Extracted signed = Extracted.from("霏岭智能装备股份有限公司今年与两家企业签约，分别是深圳市琅汀电子有限公司和中山市翎溪电池科技有限公司。");
        assertThat(signed.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS);
        Extracted noInvestor = Extracted.from("今年全区新增投资项目两个，分别是深圳市琅汀电子有限公司和中山市翎溪电池科技有限公司的扩产项目。");
        assertThat(noInvestor.extraction.relations()).noneMatch(r -> r.method().equals("rule:portfolio-list"));
    }
}
