package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A firm's home said with its city written out or after a description (A是深圳市龙华区的…企业, A是专注…的深圳企业), parks built
 * by two places named with their cities (由深圳市某区与中山市某镇两地政府合作共建), bodies that recognise, guide or award an
 * organisation (2024年被…认定为, 在…的业务指导下, 为…授牌), co-investors of one round (获A与B联合投资), and a verb glued to a body's
 * name by the segmenter (获市科技局, 2025年经某市某局); a park's operator (由X运营), a chamber's member firm (X为某商会会员企业),
 * the rounds of a firm's own history (·完成B轮融资，X领投), people in a list before a kind of firm (no personal name
 * becomes a firm), a table of workstations (建站单位 | 联合培养高校), and an office between an association and a firm
 * (某协会会长单位某公司). Invented texts on the real pipeline.
 */
class RecognitionsPlacesAndCoInvestorsTest {

    @Test
    void a_firm_said_to_be_of_a_district_written_with_its_city_or_after_a_description_is_there() {
        Extracted x = Extracted.from("深圳市鹯鹲微电子有限公司是深圳市龙华区的芯片设计企业。"
                + "中山市鹴鹐五金制品有限公司为中山市小榄镇的锁具生产企业。"
                + "深圳鹑鸸医疗科技有限公司是专注手术机器人的深圳企业。"
                + "深圳市鸼鹯科技有限公司是为深圳市南山区企业提供检测服务的平台。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区", "深圳市鹯鹲微电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山市鹴鹐五金制品有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "深圳鹑鸸医疗科技有限公司")).isTrue();
        // serving a district's firms gives no home there
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "深圳市鸼鹯科技有限公司")).isFalse();
    }

    @Test
    void places_written_with_their_cities_found_the_park_they_build_together_and_are_no_body_of_two() {
        Extracted x = Extracted.from("鹯鹲机器人零部件产业园位于三角镇。该园区由深圳市宝安区与中山市三角镇两地政府合作共建。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市宝安区", "鹯鹲机器人零部件产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市三角镇", "鹯鹲机器人零部件产业园")).isTrue();
        assertThat(x.allNames()).noneMatch(name -> name.contains("两地"));

        Extracted paired = Extracted.from("深中鹴鹐智能装备合作产业园由深圳市光明区与中山市板芙镇结对共建。");
        assertThat(paired.hasRuleRelation(RelationType.FOUNDED, "深圳市光明区", "深中鹴鹐智能装备合作产业园")).isTrue();
        assertThat(paired.hasRuleRelation(RelationType.FOUNDED, "中山市板芙镇", "深中鹴鹐智能装备合作产业园")).isTrue();
        // pairing up to build it is building it: the places are not the park's partners
        assertThat(paired.partners("深圳市光明区", "深中鹴鹐智能装备合作产业园")).isFalse();

        Extracted twoCities = Extracted.from("鹑鸸科技城由广州市黄埔区和佛山市顺德区共同建设。");
        assertThat(twoCities.hasRuleRelation(RelationType.FOUNDED, "广州市黄埔区", "鹑鸸科技城")).isTrue();
        assertThat(twoCities.hasRuleRelation(RelationType.FOUNDED, "佛山市顺德区", "鹑鸸科技城")).isTrue();
    }

    @Test
    void a_body_that_recognises_guides_or_awards_an_organisation_supports_it() {
        Extracted x = Extracted.from("中山鹯鹲智能机器人研究院2024年被广东省科学技术厅认定为省级新型研发机构。"
                + "中山市鹴鹐人形机器人创新中心2025年经中山市工业和信息化局认定。"
                + "深圳市鹑鸸机器人产业协会在深圳市民政局的业务指导下开展工作。"
                + "活动期间，中山市火炬开发区管委会还为中山市鸼鹯具身智能产业协会授牌。");
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "广东省科学技术厅", "中山鹯鹲智能机器人研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市工业和信息化局", "中山市鹴鹐人形机器人创新中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "深圳市民政局", "深圳市鹑鸸机器人产业协会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "中山市火炬开发区管委会", "中山市鸼鹯具身智能产业协会")).isTrue();
        // the year glued to 经 is no part of the body's name
        assertThat(x.allNames()).noneMatch(name -> name.startsWith("经"));
    }

    @Test
    void a_verb_glued_to_a_short_body_name_is_cut_off_and_the_organisation_before_it_is_kept() {
        Extracted x = Extracted.from("鹴鹐研究院获市科技局重大专项支持。");
        assertThat(x.label("鹴鹐研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.allNames()).noneMatch(name -> name.contains("获"));
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.SUPPORTS
                && r.target().endsWith(":鹴鹐研究院") && r.source().startsWith("GovernmentAgency:"));
    }

    @Test
    void each_co_investor_of_a_round_funds_the_firm_and_they_are_no_partners_for_it() {
        Extracted x = Extracted.from("中山市鹯鹲精密传动股份有限公司2024年获中山火炬鹴鹐人形机器人产业基金与深圳市鹑鸸资本管理有限公司联合投资2亿元。"
                + "深圳市鸼鹯科技有限公司获深圳市鹯鹴创业投资有限公司和深圳市鹲鹐天使投资有限公司共同投资。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山火炬鹴鹐人形机器人产业基金", "中山市鹯鹲精密传动股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鹑鸸资本管理有限公司", "中山市鹯鹲精密传动股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鹯鹴创业投资有限公司", "深圳市鸼鹯科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鹲鹐天使投资有限公司", "深圳市鸼鹯科技有限公司")).isTrue();
        assertThat(x.partners("中山火炬鹴鹐人形机器人产业基金", "深圳市鹑鸸资本管理有限公司")).isFalse();
        assertThat(x.partners("深圳市鹯鹴创业投资有限公司", "深圳市鹲鹐天使投资有限公司")).isFalse();
    }

    @Test
    void the_firm_that_runs_a_park_for_its_owner_and_a_member_firm_of_a_chamber_are_partners() {
        Extracted x = Extracted.from("宝安鹑鸸机器人产业园由深圳市鸼鹯产业园运营有限公司运营。"
                + "深圳市鹯鹲电机科技有限公司为深圳市鹴鹐商会会员企业。中山市鹑鸸五金有限公司是中山市鸼鹯家居产业联盟成员企业。"
                + "深圳市鹯鹴科技有限公司为会员企业提供培训服务。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鸼鹯产业园运营有限公司", "宝安鹑鸸机器人产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鹯鹲电机科技有限公司", "深圳市鹴鹐商会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鹑鸸五金有限公司", "中山市鸼鹯家居产业联盟")).isTrue();
        // serving members names no association
        assertThat(x.extraction.relations()).noneMatch(r -> r.source().endsWith(":深圳市鹯鹴科技有限公司")
                || r.target().endsWith(":深圳市鹯鹴科技有限公司"));
    }

    @Test
    void a_park_named_on_the_line_before_is_what_places_written_with_their_cities_build() {
        Extracted x = Extracted.from("宝安—鹯鹲飞地产业园\n　　由深圳市宝安区与中山市共建、位于阜沙镇的飞地园区，"
                + "由中山鹑鸸园区开发建设有限公司负责开发建设，主要承接深圳智能机器人产业转移项目。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市宝安区", "宝安—鹯鹲飞地产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市", "宝安—鹯鹲飞地产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山鹑鸸园区开发建设有限公司", "宝安—鹯鹲飞地产业园")).isTrue();
    }

    @Test
    void the_rounds_of_a_firms_own_history_are_that_firms_and_an_unnamed_firms_round_is_no_ones() {
        Extracted x = Extracted.from("鹯鹲二十年\n——深圳市鹯鹲自动化股份有限公司成立二十周年纪念册\n\n二、大事记\n　　2009年\n"
                + "　　·完成A轮融资2000万元，由深圳市鹴鹐创业投资有限公司独家投资。\n　　2013年\n"
                + "　　·完成B轮融资1.5亿元，广东鹑鸸创业投资有限公司领投，深圳前海鸼鹯资本管理有限公司跟投。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鹴鹐创业投资有限公司", "深圳市鹯鹲自动化股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "广东鹑鸸创业投资有限公司", "深圳市鹯鹲自动化股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳前海鸼鹯资本管理有限公司", "深圳市鹯鹲自动化股份有限公司")).isTrue();

        // a text whose title names no firm: the round of a firm it does not name is no one's
        Extracted other = Extracted.from("机器人产业周报（第12期）\n\n　　据悉，某企业今年完成B轮融资1.5亿元，广东鹑鸸创业投资有限公司领投。"
                + "深圳市鹯鹲自动化股份有限公司则发布了新一代伺服驱动器。\n");
        assertThat(other.hasRelation(RelationType.FUNDS, "广东鹑鸸创业投资有限公司", "深圳市鹯鹲自动化股份有限公司")).isFalse();
    }

    @Test
    void people_in_a_list_before_a_kind_of_firm_are_no_firms() {
        Extracted x = Extracted.from("　　联合创始人顾鹯清、刘鹲源当时分别在东莞一家外资伺服厂和深圳一家数控系统企业任研发工程师。\n"
                + "园区引进了鹯鹲科技、鹲鹐智能、帕鸸尼感知等企业。\n");
        assertThat(x.allNames()).noneMatch(name -> name.contains("顾鹯清") || name.contains("刘鹲源"));
        // a brand that ends like one stays a firm even where the NER reads a person's name in it
        assertThat(x.names(EntityLabel.Enterprise)).contains("鹯鹲科技", "鹲鹐智能", "帕鸸尼感知");
    }

    @Test
    void a_table_of_workstations_pairs_the_unit_that_sets_one_up_with_the_universities_that_train_with_it() {
        Extracted x = Extracted.from("附件2\n省级博士后创新实践基地名单\n"
                + "序号\t所在地区\t建站单位\t联合培养高校\t研究方向\n"
                + "1\t中山市火炬开发区\t中山市鹲鹐生物医药有限公司\t中山大学、广东药科大学\t抗体偶联药物\n"
                + "2\t深圳市光明区\t深圳市鹯鹲光电技术有限公司\t南方科技大学\t车载激光雷达\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山大学", "中山市鹲鹐生物医药有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "广东药科大学", "中山市鹲鹐生物医药有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "南方科技大学", "深圳市鹯鹲光电技术有限公司")).isTrue();
        // the row is the unit's, not the zone's of its first cell
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市火炬开发区", "中山市鹲鹐生物医药有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "中山市火炬开发区", "抗体偶联药物")).isFalse();
    }

    @Test
    void an_office_written_between_an_association_and_a_firm_makes_the_firm_a_member() {
        Extracted x = Extracted.from("中山市鹯鹴机器人协会会长单位中山市鹲鹐机器人有限公司介绍了经验。"
                + "深圳市鹑鸸具身智能产业联盟常务理事单位有深圳市鸼鹯科技有限公司、南方科技大学等。"
                + "中山市鹯鹲产业促进会会员单位数量已达120家，当日中山市鹑鹯电器有限公司在会上发言。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鹯鹴机器人协会", "中山市鹲鹐机器人有限公司")).isTrue();
        assertThat(x.partners("深圳市鹑鸸具身智能产业联盟", "深圳市鸼鹯科技有限公司")).isTrue();
        assertThat(x.partners("深圳市鹑鸸具身智能产业联盟", "南方科技大学")).isTrue();
        // a count of members names none of them
        assertThat(x.partners("中山市鹯鹲产业促进会", "中山市鹑鹯电器有限公司")).isFalse();
    }
}
