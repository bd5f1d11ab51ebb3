package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What stands before a name without being part of it (a chat line's time and handle, the half of a verb the
 * segmenter split off, a weekday or a classifier), words that end like a name without being one (展厅, 注册资本),
 * and relations a text states by describing one organisation as another's (X是Y孵化的科技企业, X是Y的衍生企业,
 * X是Y某轮的领投方). Invented texts on the real pipeline.
 */
class ClauseWordsAndRolesTest {

    @Test
    void a_chat_lines_time_and_handle_are_no_part_of_a_name() {
        Extracted x = Extracted.from("【群聊】深中项目对接群\n"
                + "[群聊] 15:42 中山篚籀机电装备研究院 李工：测试台架下周可以用。\n"
                + "10:25 深圳市獬麑机器人有限公司 小陈：我们下周三过去看场地。\n"
                + "机器人-王总@中山麑麇具身智能创业投资基金：基金投委会周五开会。\n"
                + "群聊11:03深圳市麇篚传感技术有限公司 赵工：样品已寄出。\n");
        assertThat(x.label("中山篚籀机电装备研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("深圳市獬麑机器人有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("中山麑麇具身智能创业投资基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.label("深圳市麇篚传感技术有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).noneMatch(n -> n.matches(".*[0-9]{2}[:：][0-9]{2}.*") || n.contains("@") || n.contains("群聊"));
    }

    @Test
    void the_half_of_a_verb_the_segmenter_split_off_is_no_part_of_the_name_after_it() {
        Extracted x = Extracted.from("深圳市篚籀机器人有限公司与华南理工大学牵手共建谐波传动寿命联合实验室。"
                + "中山市獬麑电器有限公司牵手南方科技大学，合作开发家电装配机器人。");
        assertThat(x.label("谐波传动寿命联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市篚籀机器人有限公司", "谐波传动寿命联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "华南理工大学", "谐波传动寿命联合实验室")).isTrue();
        assertThat(x.partners("中山市獬麑电器有限公司", "南方科技大学")).isTrue();
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("手") || n.startsWith("共建"));
        // the lab the two build is no partner of its builders
        assertThat(x.partners("深圳市篚籀机器人有限公司", "谐波传动寿命联合实验室")).isFalse();
    }

    @Test
    void a_weekday_a_year_word_or_a_classifier_before_a_name_is_no_part_of_it() {
        Extracted x = Extracted.from("周五深圳市篚籀机器人有限公司和中山大学签约。"
                + "当年深圳市獬麑科技园运营有限公司的孵化计划给了我们第一间办公室。"
                + "我们跟华南理工大学有个灵巧抓取联合实验室。");
        assertThat(x.label("深圳市篚籀机器人有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("深圳市獬麑科技园运营有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("灵巧抓取联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("周五") || n.startsWith("当年") || n.startsWith("个"));
        assertThat(x.partners("深圳市篚籀机器人有限公司", "中山大学")).isTrue();
    }

    @Test
    void a_hall_and_registered_capital_are_no_names() {
        Extracted x = Extracted.from("代表团参观了深圳市篚籀机器人有限公司展厅，随后在园区报告厅听取介绍，午餐安排在基地餐厅。\n"
                + "企业名称：中山市獬麑传动科技有限公司\n注册资本：5000万元\n实缴资本：2000万元\n认缴资本：5000万元\n");
        assertThat(x.label("深圳市篚籀机器人有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("中山市獬麑传动科技有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("展厅") || n.endsWith("报告厅") || n.endsWith("餐厅") || n.endsWith("资本"));
        // a real department (厅) still is one
        Extracted y = Extracted.from("广东省科学技术厅对深圳市篚籀机器人有限公司给予支持。");
        assertThat(y.label("广东省科学技术厅")).isEqualTo(EntityLabel.GovernmentAgency);
    }

    @Test
    void a_firm_described_as_made_by_another_body_was_made_by_it() {
        Extracted x = Extracted.from("深圳市篚籀机器人有限公司是南方科技大学孵化的科技企业，主营灵巧手。"
                + "中山麑麇智能装备有限公司系深圳市獬麑电机有限公司在中山设立的全资子公司。"
                + "中山市麇篚传动有限公司是中山獬麑创业投资基金投资的企业。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "南方科技大学", "深圳市篚籀机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市獬麑电机有限公司", "中山麑麇智能装备有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山獬麑创业投资基金", "中山市麇篚传动有限公司")).isTrue();
        // the firm described made nothing of the body it is described by
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市篚籀机器人有限公司", "南方科技大学")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市麇篚传动有限公司", "中山獬麑创业投资基金")).isFalse();
    }

    @Test
    void a_spin_off_was_founded_by_the_body_it_came_from() {
        Extracted x = Extracted.from("深圳市篚籀机器人有限公司是香港城市大学的衍生企业。"
                + "中山市獬麑传动有限公司同为中山麑麇智能制造研究院孵化企业，主营谐波减速器。"
                + "深圳市麇篚传感技术有限公司是华南理工大学的合作企业，研发中心设在南山。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "香港城市大学", "深圳市篚籀机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山麑麇智能制造研究院", "中山市獬麑传动有限公司")).isTrue();
        // a partner firm is no spin-off, and a spin-off founded nothing of its source
        assertThat(x.hasRelation(RelationType.FOUNDED, "华南理工大学", "深圳市麇篚传感技术有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市篚籀机器人有限公司", "香港城市大学")).isFalse();
    }

    @Test
    void who_takes_part_in_a_firms_round_funds_the_firm() {
        Extracted x = Extracted.from("獬麑具身智能产业基金是深圳市篚籀机器人有限公司B轮的领投方，中山麑麇创业投资基金为跟投方。"
                + "深圳市麇篚资本管理有限公司系中山市獬麑传动有限公司A轮的投资方之一。"
                + "深圳市篚籀机器人有限公司是中山麑麇智能制造研究院的投资方。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "獬麑具身智能产业基金", "深圳市篚籀机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山麑麇创业投资基金", "深圳市篚籀机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市麇篚资本管理有限公司", "中山市獬麑传动有限公司")).isTrue();
        // the follower does not fund the lead fund; a round role towards an institute is not this rule's
        assertThat(x.hasRelation(RelationType.FUNDS, "中山麑麇创业投资基金", "獬麑具身智能产业基金")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市篚籀机器人有限公司", "中山麑麇智能制造研究院")).isFalse();
    }

    @Test
    void the_aspects_a_list_names_are_no_firms_even_when_a_firm_follows() {
        Extracted x = Extracted.from("中山市工业和信息化局在项目报建、用工招聘等方面给予了深圳市篚籀机器人有限公司大力支持。"
                + "中山火炬高技术产业开发区管理委员会将在用地、标准厂房等领域对中山市麑麇传动有限公司给予支持。"
                + "园区已引进篚籀机器人、獬麑传感等企业。");
        assertThat(x.names(EntityLabel.Enterprise)).doesNotContain("项目报建", "用工招聘", "用地", "在用地", "标准厂房");
        assertThat(x.allNames()).doesNotContain("项目报建", "用工招聘", "在用地", "标准厂房");
        // a list that its head noun types still gives its firms
        assertThat(x.label("獬麑传感")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_body_that_gives_an_organisation_support_supports_it() {
        Extracted x = Extracted.from("中山市科学技术局按年度给予中山獬麑智能制造研究院运营经费支持。"
                + "中山市工业和信息化局在项目报建、用工招聘等方面给予了深圳市篚籀机器人有限公司大力支持。"
                + "中山市投资促进局将对篚籀智能机器人产业园招商给予全力支持。"
                + "深圳市南山区科技创新局给予深圳市麑麇传感技术有限公司300万元资助。");
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市科学技术局", "中山獬麑智能制造研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市工业和信息化局", "深圳市篚籀机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市投资促进局", "篚籀智能机器人产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市南山区科技创新局", "深圳市麑麇传感技术有限公司")).isTrue(); // money
        // praise is no support, and the firm named only as another's partner is not the one given it
        Extracted y = Extracted.from("中山市工业和信息化局对深圳市篚籀机器人有限公司的投资给予肯定。"
                + "中山市科学技术局给予深圳市篚籀机器人有限公司的合作伙伴中山市麑麇传动有限公司一次性奖励。");
        assertThat(y.hasRuleRelation(RelationType.SUPPORTS, "中山市工业和信息化局", "深圳市篚籀机器人有限公司")).isFalse();
        assertThat(y.hasRuleRelation(RelationType.FUNDS, "中山市科学技术局", "深圳市篚籀机器人有限公司")).isFalse();
        assertThat(y.hasRuleRelation(RelationType.SUPPORTS, "中山市科学技术局", "深圳市篚籀机器人有限公司")).isFalse();
    }

    @Test
    void work_done_on_a_firms_commission_pairs_the_two() {
        Extracted x = Extracted.from("华南理工大学受深圳市篚籀新材料股份有限公司委托，开展耐磨涂层的中试开发。"
                + "中山獬麑智能制造研究院承接深圳市麑麇半导体有限公司委托的功率器件可靠性研究项目。"
                + "中山麇篚智能装备研究院受深圳市獬麑机器人有限公司订单减少影响，全年收入下降。"
                + "深圳市篚籀私募股权投资基金管理有限公司受中山市獬麑投资有限公司委托管理篚籀产业基金。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "华南理工大学", "深圳市篚籀新材料股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山獬麑智能制造研究院", "深圳市麑麇半导体有限公司")).isTrue();
        // being affected by a firm is no cooperation, and managing on a commission is no joint work
        assertThat(x.partners("中山麇篚智能装备研究院", "深圳市獬麑机器人有限公司")).isFalse();
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.method().equals("rule:partners-commissioned-by")
                && r.source().endsWith(":深圳市篚籀私募股权投资基金管理有限公司"))).isFalse();
    }

    @Test
    void premises_rent_and_kinds_of_body_are_no_fields() {
        Extracted x = Extracted.from("中山翠亨新区管理委员会对深圳市篚籀机器人有限公司在场地租金、研发投入、人才引进等方面给予支持。"
                + "篚籀产业园聚焦人形机器人、灵巧手等领域，由深圳市獬麑产业发展集团有限公司提供约5,000平方米研发办公及中试场地。"
                + "中山市麑麇传动有限公司主营精密减速器、伺服电机，面向高校、科研机构等客户提供测试服务。");
        assertThat(x.names(EntityLabel.Industry)).contains("灵巧手", "精密减速器", "伺服电机")
                .noneMatch(n -> n.endsWith("场地") || n.endsWith("租金") || n.endsWith("办公") || n.endsWith("机构") || n.equals("高校"));
    }

    @Test
    void an_investment_firm_is_written_short_with_its_trade_abbreviated() {
        Extracted x = Extracted.from("母基金与深圳市麑麇创业投资管理有限公司合作设立中山麑麇人形机器人创业投资基金，规模5亿元，麑麇创投担任管理人。"
                + "中山市篚籀产业投资集团有限公司出资2亿元，篚籀产投还将牵头设立配套基金。獬麑创投另行参投。");
        assertThat(x.entity("麑麇创投").map(ExtractedEntity::name)).contains("深圳市麑麇创业投资管理有限公司");
        assertThat(x.entity("篚籀产投").map(ExtractedEntity::name)).contains("中山市篚籀产业投资集团有限公司");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市麑麇创业投资管理有限公司", "中山麑麇人形机器人创业投资基金")).isTrue();
        // another firm's short name is not this one's
        assertThat(x.entity("獬麑创投").map(ExtractedEntity::name)).isNotEqualTo(x.entity("麑麇创投").map(ExtractedEntity::name));
    }

    @Test
    void the_units_of_one_project_listed_on_numbered_lines_worked_together() {
        Extracted x = Extracted.from("附件：提名项目公示信息\n"
                + "项目名称：人形机器人关节模组关键技术\n主要完成单位：\n"
                + "　1．中山市篚籀动力科技有限公司\n　2．华南理工大学\n　3．深圳獬麑伺服技术有限公司\n"
                + "主要完成人：张某、李某\n"
                + "项目名称：家电装配机器人\n主要完成单位：\n"
                + "　1．深圳市麑麇智能科技有限公司\n　2．南方科技大学\n主要完成人：王某\n\n"
                + "项目承担单位：中山市麇篚智能装备有限公司\n"
                + "项目合作单位：清华大学深圳国际研究生院、五邑大学、深圳市獬麑控制技术有限公司\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市篚籀动力科技有限公司", "华南理工大学")).isTrue();
        assertThat(x.partners("华南理工大学", "深圳獬麑伺服技术有限公司")).isTrue();
        assertThat(x.partners("深圳市麑麇智能科技有限公司", "南方科技大学")).isTrue();
        assertThat(x.partners("五邑大学", "深圳市獬麑控制技术有限公司")).isTrue();
        assertThat(x.partners("中山市麇篚智能装备有限公司", "五邑大学")).isTrue();
        // one project's units did not work with the next project's
        assertThat(x.partners("中山市篚籀动力科技有限公司", "南方科技大学")).isFalse();
        assertThat(x.partners("深圳獬麑伺服技术有限公司", "深圳市麑麇智能科技有限公司")).isFalse();
    }

    @Test
    void investors_who_add_to_or_join_a_round_fund_the_firm_that_raised_it() {
        Extracted x = Extracted.from("深圳篚籀机器人科技有限公司完成A+轮融资，獬麑资本持续加注，深圳市麑麇创业投资有限公司跟投，"
                + "深圳市麇篚精密电机股份有限公司作为产业方同轮注资。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "獬麑资本", "深圳篚籀机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市麑麇创业投资有限公司", "深圳篚籀机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市麇篚精密电机股份有限公司", "深圳篚籀机器人科技有限公司")).isTrue();
        // one investor does not fund another
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市麇篚精密电机股份有限公司", "深圳市麑麇创业投资有限公司")).isFalse();
    }

    @Test
    void bodies_that_negotiate_to_launch_a_fund_together_are_its_founders() {
        Extracted x = Extracted.from("此外，深圳市光明区政府产业引导基金与中山市獬麑产业投资集团有限公司正在洽谈共同发起深中篚籀机器人协同创新基金，拟定规模10亿元。"
                + "中山市麑麇投资有限公司与深圳市篚籀资本管理有限公司经过磋商联合设立中山麇篚具身智能创业投资基金。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市光明区政府产业引导基金", "深中篚籀机器人协同创新基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市獬麑产业投资集团有限公司", "深中篚籀机器人协同创新基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市麑麇投资有限公司", "中山麇篚具身智能创业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市篚籀资本管理有限公司", "中山麇篚具身智能创业投资基金")).isTrue();
        // one founder did not found the other
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市光明区政府产业引导基金", "中山市獬麑产业投资集团有限公司")).isFalse();
    }
}
