package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who the clauses after a partner brought in by 与 or 跟 are about, money received (X获得F…投资) and paid as a
 * cornerstone investor, short names declared in corner brackets, and tables whose rows are grouped under headings.
 * Invented texts on the real pipeline.
 */
class ClauseSubjectsTest {

    @Test
    void the_clauses_after_a_partner_brought_in_by_with_go_on_about_the_subject() {
        Extracted x = Extracted.from("深圳市湜岚智能科技有限公司成立于2018年。2021年，公司与湜川具身智能研究院签署战略合作协议，"
                + "并与湜岫大学合作开展全身运动控制研究。\n"
                + "中山市湜汀电子科技有限公司三年前开始与湜屿大学合作研发六维力传感器，目前已向深圳市湜峤机器人有限公司等整机企业批量供货。\n"
                + "我们深圳市湜澜驱动科技有限公司跟中山湜溪职业技术学院签了订单班协议。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市湜岚智能科技有限公司", "湜岫大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市湜汀电子科技有限公司", "湜屿大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市湜汀电子科技有限公司", "深圳市湜峤机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "湜屿大学", "深圳市湜峤机器人有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "湜川具身智能研究院", "湜岫大学")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市湜澜驱动科技有限公司", "中山湜溪职业技术学院")).isTrue();
    }

    @Test
    void what_two_build_together_after_signing_is_founded_by_both() {
        Extracted x = Extracted.from("深圳市湜泉精密有限公司与中山市湜峰电机有限公司签署合作协议，共建湜泉湜峰联合实验室。\n"
                + "六、深圳湜岚私募股權投資基金管理有限公司（下稱「湜岚同創」）與中山市湜川產業投資集團有限公司（下稱「湜川集團」）簽署協議，"
                + "擬共同發起設立「湜岫人形機器人跨境產業基金」。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市湜泉精密有限公司", "湜泉湜峰联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市湜峰电机有限公司", "湜泉湜峰联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳湜岚私募股权投资基金管理有限公司", "湜岫人形机器人跨境产业基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市湜川产业投资集团有限公司", "湜岫人形机器人跨境产业基金")).isTrue();
        // 投资 inside the second party's name is no trigger of money between the two
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳湜岚私募股权投资基金管理有限公司", "中山市湜川产业投资集团有限公司")).isFalse();
    }

    @Test
    void investment_received_and_paid_as_a_cornerstone_investor_is_funding_an_intention_is_not() {
        Extracted x = Extracted.from("深圳市湜汀机器人有限公司（以下简称“公司”）成立于2021年。2022年，公司获得深圳市湜屿天使投资合伙企业（有限合伙）天使轮投资。\n"
                + "2024年，深圳市湜峤智能科技有限公司获得深圳市湜澜创业投资有限公司数千万元战略投资。\n"
                + "中山市湜溪精密有限公司获得深圳湜泉资本管理有限公司的投资意向。\n"
                + "湜峰创业投资基金规模5亿元，其中，中山市湜岚控股集团有限公司作为基石投资者认缴2亿元。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市湜屿天使投资合伙企业（有限合伙）", "深圳市湜汀机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市湜澜创业投资有限公司", "深圳市湜峤智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳湜泉资本管理有限公司", "中山市湜溪精密有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市湜岚控股集团有限公司", "湜峰创业投资基金")).isTrue();
    }

    @Test
    void rows_grouped_under_headings_keep_the_header_of_their_table() {
        Extracted x = Extracted.from("参会单位名单\n"
                + "序号\t单位名称\t所在地\t对接类别\n"
                + "（一）深圳市参会单位\n"
                + "1\t深圳市湜川机器人有限公司\t深圳市龙岗区\t整机\n"
                + "2\t深圳市湜岫灵巧科技有限公司\t深圳市南山区\t核心部件\n"
                + "（二）中山市参会单位\n"
                + "3\t中山市湜汀电器有限公司\t中山市南头镇\t应用场景\n"
                + "请各单位于12月10日前报送回执。\n"
                + "中山市湜屿五金有限公司将派员参会。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙岗区", "深圳市湜川机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市湜岫灵巧科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市湜汀电器有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市湜屿五金有限公司")).isFalse();
    }

    @Test
    void partners_that_each_put_money_in_stay_subjects_and_loans_rents_and_planned_rows_are_no_links() {
        Extracted x = Extracted.from("深圳市湜溪新材料有限公司与中山市湜泉五金有限公司签约，分别出资1亿元设立湜峰储能有限公司。\n"
                + "深圳市湜峤智能科技有限公司获得湜澜银行股份有限公司5亿元融资授信。\n"
                + "深圳市湜屿科技有限公司签下湜川产业园1万平方米厂房。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市湜泉五金有限公司", "湜峰储能有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "湜澜银行股份有限公司", "深圳市湜峤智能科技有限公司")).isFalse();
        assertThat(x.partners("深圳市湜屿科技有限公司", "湜川产业园")).isFalse();

        Extracted y = Extracted.from("湜岚高新区入驻企业一览\n"
                + "序号\t企业名称\t所在地\n"
                + "一、已入驻企业\n"
                + "1\t深圳市湜汀机器人有限公司\t中山市南头镇\n"
                + "二、拟引进企业\n"
                + "2\t广州市湜岫汽车有限公司\t中山市南头镇\n");
        assertThat(y.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "深圳市湜汀机器人有限公司")).isTrue();
        assertThat(y.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "广州市湜岫汽车有限公司")).isFalse();
    }
}
