package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Investors written as brands (某某资本, 某某创投, 某某天使) in sentences about financing. Invented sentences on the real pipeline. */
class InvestorBrandTest {

    @Test
    void investors_of_a_round_written_as_brands_are_enterprises_that_fund_the_firm() {
        Extracted x = Extracted.from("深圳琅岫机器人科技有限公司近日完成3亿元A+轮融资。本轮由霏岭资本领投，苒溪湾创投、"
                + "中山岫澜智造创业投资基金合伙企业（有限合伙）跟投，老股东沣鸣资本继续超额跟投。");
        assertThat(x.label("苒溪湾创投")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("沣鸣资本")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.hasRelation(RelationType.FUNDS, "苒溪湾创投", "深圳琅岫机器人科技有限公司")).isTrue();

        Extracted listed = Extracted.from("深圳翎触感知科技有限公司完成3000万元天使轮融资，投资方为澹澜资本和南山区天使投资引导基金。");
        assertThat(listed.hasRelation(RelationType.FUNDS, "澹澜资本", "深圳翎触感知科技有限公司")).isTrue();

        Extracted angel = Extracted.from("北京岫枢科技有限公司完成1.5亿元天使轮融资，由燕岫资本领投，知澜天使、北京昌平科技创新基金跟投。");
        assertThat(angel.hasRelation(RelationType.FUNDS, "知澜天使", "北京岫枢科技有限公司")).isTrue();
    }

    @Test
    void generic_capital_is_no_investor() {
        Extracted x = Extracted.from("深圳琅岫机器人科技有限公司完成A轮融资，本轮由社会资本领投，国有资本跟投。");
        assertThat(x.allNames()).doesNotContain("社会资本", "国有资本");
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FUNDS);
    }
}
