package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Clause shapes that say who made or owns what without a verb between the two names: the cleft 是A与B合资组建的, the
 * description 是P的…企业, sub-funds listed after 组建…子基金：, a manager under a 基金管理人 heading; invented texts.
 */
class ClauseFramesTest {

    @Test
    void a_cleft_names_who_set_up_the_organisation_the_clause_is_about() {
        Extracted x = Extracted.from("园区运营由江门澜华运营管理有限公司负责，这家公司是江门澜山建设投资集团有限公司与深圳市华龙产业发展集团有限公司合资组建的。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门澜山建设投资集团有限公司", "江门澜华运营管理有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市华龙产业发展集团有限公司", "江门澜华运营管理有限公司")).isTrue();

        Extracted institute = Extracted.from("肇庆砚溪智能制造研究院于2023年揭牌，该研究院是由肇庆学院和肇庆市汀兰机器人有限公司共同出资建设的。");
        assertThat(institute.hasRelation(RelationType.FOUNDED, "肇庆学院", "肇庆砚溪智能制造研究院")).isTrue();
        assertThat(institute.hasRelation(RelationType.FOUNDED, "肇庆市汀兰机器人有限公司", "肇庆砚溪智能制造研究院")).isTrue();

        Extracted plain = Extracted.from("江门澜华运营管理有限公司的主要客户是深圳市华龙产业发展集团有限公司。");
        assertThat(plain.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED);
    }

    @Test
    void places_that_build_a_park_together_founded_it_and_neither_is_said_to_hold_it() {
        Extracted x = Extracted.from("澜山高新区与深圳市龙华区合作共建的深澜协同创新产业园位于澜山高新区北部片区。");
        assertThat(x.entity("深澜协同创新产业园")).isPresent(); // built here: a name without a place in it
        assertThat(x.hasRelation(RelationType.FOUNDED, "澜山高新区", "深澜协同创新产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市龙华区", "深澜协同创新产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "澜山高新区", "深圳市")).isFalse(); // two partners, not a list of places

        Extracted built = Extracted.from("肇庆高新区与深圳市南山区共同建设的深肇科技创新园已于去年开园。");
        assertThat(built.hasRelation(RelationType.FOUNDED, "深圳市南山区", "深肇科技创新园")).isTrue();
        assertThat(built.hasRelation(RelationType.HOSTS, "深圳市南山区", "深肇科技创新园")).isFalse();

        Extracted alone = Extracted.from("肇庆高新区今年建设肇庆智能装备产业园。"); // one zone building within itself
        assertThat(alone.hasRelation(RelationType.HOSTS, "肇庆高新区", "肇庆智能装备产业园")).isTrue();
    }

    @Test
    void a_firm_described_as_a_place_s_firm_is_hosted_by_that_place() {
        Extracted x = Extracted.from("深圳雁鸣精密机械有限公司与湖南澄屿大学签约。雁鸣精密是龙华区的数控机床骨干企业，并在江门市设有生产基地。");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市龙华区", "深圳雁鸣精密机械有限公司")).isTrue();

        Extracted one = Extracted.from("肇庆市汀兰机器人有限公司是端州区的一家协作机器人企业。");
        assertThat(one.hasRelation(RelationType.HOSTS, "肇庆市端州区", "肇庆市汀兰机器人有限公司")).isTrue();

        Extracted customer = Extracted.from("肇庆市汀兰机器人有限公司是端州区企业最多的供应商。"); // not 是P的: no firm of P by this rule
        assertThat(customer.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.method().equals("verb:locate"));
    }

    @Test
    void the_field_of_a_firm_s_own_project_or_line_is_its_field_and_where_it_is_sited_holds_it() { // 选址 locates
        Extracted x = Extracted.from("深圳市砚溪新能源科技股份有限公司的储能电池项目落户江门市杜阮镇；"
                + "深圳汀州微电子有限公司的激光雷达项目则选址肇庆市端州区。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市砚溪新能源科技股份有限公司", "储能电池")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳汀州微电子有限公司", "激光雷达")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "肇庆市端州区", "深圳汀州微电子有限公司")).isTrue();

        Extracted line = Extracted.from("深圳市溪岚机器人科技有限公司把协作机器人的量产线放在了江门。");
        assertThat(line.hasRelation(RelationType.IN_INDUSTRY, "深圳市溪岚机器人科技有限公司", "协作机器人")).isTrue();

        Extracted customer = Extracted.from("深圳汀州微电子有限公司的储能电池客户遍布全国。"); // no project, line or plant
        assertThat(customer.hasRelation(RelationType.IN_INDUSTRY, "深圳汀州微电子有限公司", "储能电池")).isFalse();
    }

    @Test
    void funds_listed_after_a_sub_fund_heading_are_part_of_the_fund_before_it() {
        Extracted x = Extracted.from("市政府出资设立江门市产业投资母基金，首期规模50亿元。依托母基金组建专项子基金：江门市智能机器人产业投资基金"
                + "于6月完成备案，规模30亿元；江门市低空经济产业基金规模20亿元。");
        assertThat(x.hasRelation(RelationType.PART_OF, "江门市智能机器人产业投资基金", "江门市产业投资母基金")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "江门市低空经济产业基金", "江门市产业投资母基金")).isTrue();

        Extracted named = Extracted.from("肇庆市创新投资引导基金下设三支子基金，分别为肇庆汀兰天使投资基金、肇庆砚溪科创基金和肇庆端州产业基金。");
        assertThat(named.hasRelation(RelationType.PART_OF, "肇庆砚溪科创基金", "肇庆市创新投资引导基金")).isTrue();
    }

    @Test
    void the_firm_named_under_a_manager_heading_manages_the_fund_the_announcement_is_about() {
        Extracted x = Extracted.from("深圳市溪岚科技股份有限公司（以下简称“公司”）拟参与投资江门湾区智能产业投资基金合伙企业（有限合伙）"
                + "（以下简称“湾区智能基金”）。\n二、合作方基本情况\n（一）普通合伙人、执行事务合伙人暨基金管理人\n"
                + "名称：深圳市澄屿私募股权投资基金管理有限公司\n注册地址：深圳市南山区\n三、湾区智能基金基本情况\n湾区智能基金主要投资于人形机器人。");
        assertThat(x.hasRelation(RelationType.MANAGES, "深圳市澄屿私募股权投资基金管理有限公司", "江门湾区智能产业投资基金")).isTrue();

        Extracted partner = Extracted.from("公司拟参与投资江门湾区智能产业投资基金合伙企业（有限合伙）（以下简称“湾区智能基金”）。\n"
                + "（二）其他有限合伙人\n名称：深圳市澄屿创新投资有限公司\n湾区智能基金主要投资于人形机器人。");
        assertThat(partner.extraction.relations()).noneMatch(r -> r.type() == RelationType.MANAGES);
    }
}
