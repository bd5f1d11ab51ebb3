package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A firm's card on an investor's portfolio page: the firm's name on a line of its own, then labelled fields (投资主体：,
 * 联合投资方：, 所在地：) that state facts about it. Invented pages on the real pipeline.
 */
class PortfolioCardTest {

    private static final String PAGE = "投资组合 - 霏岭资本\n\n"
            + "霏岭具身智能一期创业投资基金（深圳）合伙企业（有限合伙）（简称“霏岭具身一期”）：规模12亿元，2024年3月设立。\n"
            + "深圳市琅岫动力科技有限公司\n"
            + "琅岫动力 · 人形机器人整机\n"
            + "最新轮次： C轮（2025年10月）\n"
            + "霏岭投资主体： 霏岭具身一期（领投）\n"
            + "联合投资方： 中山苒溪具身智能创业投资基金、深圳市澜汀创业投资有限公司\n"
            + "所在地： 深圳·南山\n"
            + "中山市翎溪精密机械有限公司\n"
            + "翎溪精密 · 行星滚柱丝杠\n"
            + "霏岭投资主体： 霏岭具身一期（跟投）\n"
            + "所在地： 中山·火炬开发区\n";

    @Test
    void the_investors_of_a_card_fund_the_card_s_firm() {
        Extracted x = Extracted.from(PAGE);
        String fund = "霏岭具身智能一期创业投资基金（深圳）合伙企业（有限合伙）";
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "深圳市琅岫动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "中山市翎溪精密机械有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山苒溪具身智能创业投资基金", "深圳市琅岫动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市澜汀创业投资有限公司", "深圳市琅岫动力科技有限公司")).isTrue();
        assertThat(x.allNames()).doesNotContain("联合投资方", "霏岭具身");
    }

    @Test
    void an_investing_field_under_a_card_names_an_investor_even_when_its_short_name_is_not_known() {
        Extracted x = Extracted.from("投资组合\n深圳市琅岫动力科技有限公司\n琅岫动力 · 人形机器人整机\n"
                + "霏岭投资主体： 霏岭苒溪一期（领投）\n所在地： 深圳·南山\n");
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && !r.target().endsWith("深圳市琅岫动力科技有限公司"));
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "深圳市琅岫动力科技有限公司")).isTrue();
    }

    @Test
    void the_place_field_of_a_card_is_the_card_s_firm_s_and_not_its_investor_s() {
        Extracted x = Extracted.from(PAGE);
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "深圳市琅岫动力科技有限公司")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.target().startsWith("Fund:"));
    }

    @Test
    void an_investing_field_under_no_card_names_an_entry_and_funds_nothing() {
        Extracted x = Extracted.from("项目签约情况\n项目名称：智能装备制造基地\n投资主体：深圳市琅岫动力科技有限公司\n所在地：中山市三角镇\n");
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS);
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市三角镇", "深圳市琅岫动力科技有限公司")).isTrue();
    }

    @Test
    void the_other_investors_of_a_fund_s_card_fund_the_fund() {
        Extracted x = Extracted.from("一、拟出资子基金名单\n\n（一）中山琅岫人形机器人产业投资基金合伙企业（有限合伙）\n"
                + "基金管理人：深圳市琅岫私募股权投资基金管理有限公司\n拟设规模：15亿元\n"
                + "其他拟出资方：深圳市澹汀投资控股有限公司、中山苒衡机器人科技有限公司\n拟注册地：中山翠亨新区\n");
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市澹汀投资控股有限公司", "中山琅岫人形机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山苒衡机器人科技有限公司", "中山琅岫人形机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市琅岫私募股权投资基金管理有限公司", "中山琅岫人形机器人产业投资基金")).isFalse();
    }
}
