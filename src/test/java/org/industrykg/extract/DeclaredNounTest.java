package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words that stand for one entity because the text says so or names only one of its kind: a class noun declared as a
 * short name (（以下简称“公司”）), a lone 管委会 or 区政府; invented texts on the real pipeline.
 */
class DeclaredNounTest {

    @Test
    void a_class_noun_declared_as_short_name_means_the_declaring_entity_not_the_last_one_named() {
        Extracted x = Extracted.from("深圳市溪岚科技股份有限公司（以下简称“公司”或“溪岚科技”）于2025年3月召开董事会。"
                + "全资子公司江门溪岚智能科技有限公司已于2024年投产。公司拟与江门市杜阮镇人民政府共同发起设立江门机器人灵巧手专项基金。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市溪岚科技股份有限公司", "江门机器人灵巧手专项基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门溪岚智能科技有限公司", "江门机器人灵巧手专项基金")).isFalse();
        assertThat(x.entity("溪岚科技")).isPresent(); // the name-like form of the pair is still its short name

        Extracted fund = Extracted.from("本公司拟认缴出资1亿元参与投资肇庆砚溪智造产业投资基金合伙企业（有限合伙）（以下简称“合伙企业”）。"
                + "肇庆端州新材料产业投资基金合伙企业（有限合伙）另行备案。投资方向：合伙企业主要投资于工业机器人和灵巧手领域。");
        assertThat(fund.hasRelation(RelationType.TARGETS, "肇庆砚溪智造产业投资基金", "工业机器人")).isTrue();
        assertThat(fund.hasRelation(RelationType.TARGETS, "肇庆端州新材料产业投资基金", "工业机器人")).isFalse();
    }

    @Test
    void a_lone_zone_committee_is_the_one_committee_the_text_names_even_far_from_its_name() {
        Extracted x = Extracted.from("——专访江门市澜山高新技术产业开发区管委会有关负责人\n记者：园区有什么变化？\n"
                + "答：变化很多。来的企业多了。配套也更完善了。\n管委会今年初出台了《澜山高新区支持产业转移项目的若干措施》。"
                + "管委会也将继续支持江门市温州商会发挥桥梁作用。");
        assertThat(x.entity("江门市澜山高新技术产业开发区管委会")).isPresent(); // 专访 is no part of the name
        assertThat(x.hasRelation(RelationType.ISSUES, "江门市澜山高新技术产业开发区管委会", "澜山高新区支持产业转移项目的若干措施")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "江门市澜山高新技术产业开发区管委会", "江门市温州商会")).isTrue();

        Extracted two = Extracted.from("江门市澜山高新技术产业开发区管委会与肇庆市砚溪新区管委会签署合作协议。会议听取了汇报。会议部署了工作。"
                + "会议强调了纪律。管委会今年初出台了《招商引资若干措施》。");
        assertThat(two.extraction.relations()).noneMatch(r -> r.type() == RelationType.ISSUES);
    }

    @Test
    void a_body_named_by_its_zone_s_declared_short_name_is_named_by_the_zone_s_full_name() {
        Extracted x = Extracted.from("江门澜山高新技术产业开发区（以下简称“澜山开发区”）今年引进项目30个。深圳市企业占四成。"
                + "澜山开发区管委会出台了《澜山开发区支持产业转移项目的若干措施》。");
        assertThat(x.hasRelation(RelationType.ISSUES, "江门澜山高新技术产业开发区管委会", "澜山开发区支持产业转移项目的若干措施")).isTrue();
        assertThat(x.names(EntityLabel.GovernmentAgency)).noneMatch(n -> n.startsWith("深圳市"));
    }

    @Test
    void a_lone_district_government_is_the_one_district_government_the_text_names() {
        Extracted x = Extracted.from("深圳市龙华区人民政府近日召开常务会议。澈岭生物医药创新研究院由区政府与湖南澄屿大学于2022年共同组建。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市龙华区人民政府", "澈岭生物医药创新研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖南澄屿大学", "澈岭生物医药创新研究院")).isTrue();

        Extracted city = Extracted.from("肇庆市人民政府印发了工作方案。市政府出资设立肇庆市产业投资母基金，首期规模20亿元。");
        assertThat(city.hasRelation(RelationType.FOUNDED, "肇庆市人民政府", "肇庆市产业投资母基金")).isTrue();
    }

    @Test
    void subsidiaries_written_without_a_parent_are_the_declared_companys() {
        Extracted x = Extracted.from("本报告是江门沅汀机器人股份有限公司（以下简称“沅汀机器人”“公司”或“我们”）发布的第二份ESG报告。"
                + "本报告覆盖公司本部及全资子公司江门沅汀智能装备有限公司、佛山沅汀智能研发有限公司。"
                + "佛山檀屿科技有限公司全资子公司江门檀屿传动有限公司同期投产。");
        assertThat(x.entity("沅汀机器人")).isPresent(); // three quoted forms still declare their names
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门沅汀机器人股份有限公司", "江门沅汀智能装备有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门沅汀机器人股份有限公司", "佛山沅汀智能研发有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "江门沅汀机器人股份有限公司", "江门檀屿传动有限公司")).isFalse(); // its parent is written
        Extracted undeclared = Extracted.from("江门沅汀机器人股份有限公司今年营收增长。全资子公司江门沅汀智能装备有限公司投产。");
        assertThat(undeclared.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED && r.method().equals("rule:subsidiary"));
    }
}
