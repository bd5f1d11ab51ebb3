package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role word declared as a short name (以下简称“管理人”) that ends later field labels (基金管理人：), alumni
 * associations (某大学某地校友会), a listing on an exchange, a supplier written with 系, adverbials of a report's period
 * and of a past deed (报告期内, 曾, 获投后), bare park nouns after verbs of renting and settling (租用产业园), and words that
 * are no names (两市政府, 各区政府). Invented texts on the real pipeline.
 */
class LabelsListingsAndSuppliersTest {

    @Test
    void a_role_word_declared_for_a_manager_does_not_hide_the_fields_that_follow() {
        Extracted x = Extracted.from("基金名称：深圳市鸱鹡创业投资母基金合伙企业（有限合伙）\n"
                + "基金管理人：深圳市鸱鹡私募股权投资基金管理有限公司（以下简称“管理人”）\n"
                + "注册地址：深圳市龙岗区\n\n"
                + "1．深圳市鹈鹕人形机器人天使投资基金合伙企业（有限合伙）\n"
                + "　　目标规模：5亿元\n"
                + "　　基金管理人：深圳市鸰鹪创业投资管理有限公司\n"
                + "　　注册地：深圳市南山区\n\n"
                + "2．中山鸊鹈具身智能产业投资基金合伙企业（有限合伙）\n"
                + "　　拟任管理人：中山市鹈鸰私募基金管理有限公司\n"
                + "　　拟注册地：中山市火炬开发区\n");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市鸱鹡私募股权投资基金管理有限公司", "深圳市鸱鹡创业投资母基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市鸰鹪创业投资管理有限公司", "深圳市鹈鹕人形机器人天使投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市鹈鹕人形机器人天使投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "中山市鹈鸰私募基金管理有限公司", "中山鸊鹈具身智能产业投资基金")).isTrue();
        // the manager of the first fund manages neither of the others
        assertThat(x.hasRelation(RelationType.MANAGES, "深圳市鸱鹡私募股权投资基金管理有限公司", "深圳市鹈鹕人形机器人天使投资基金")).isFalse();
    }

    @Test
    void an_alumni_association_is_named_whole_and_founded_by_the_firms_that_launch_it() {
        Extracted x = Extracted.from("由鸱鹡精密、鸰鹪五金等校友企业联合发起的华南理工大学佛山校友会正式成立。"
                + "同日，湖南大学深圳校友会组织四十余名校友参加活动。");
        assertThat(x.label("华南理工大学佛山校友会")).isEqualTo(EntityLabel.Association);
        assertThat(x.label("湖南大学深圳校友会")).isEqualTo(EntityLabel.Association);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "鸱鹡精密", "华南理工大学佛山校友会")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "鸱鹡精密", "华南理工大学")).isFalse();
    }

    @Test
    void the_exchange_a_firm_lists_on_hosts_it_and_a_sponsor_does_not() {
        Extracted x = Extracted.from("中山市鸱鹡照明科技有限公司于2025年8月在深圳证券交易所创业板上市。"
                + "深圳市鹈鹕传动股份有限公司2021年登陆上海证券交易所科创板上市。"
                + "中山市鸰鹪电机有限公司在深圳市鸊鹈创业投资有限公司的支持下于2024年上市。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳证券交易所", "中山市鸱鹡照明科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "上海证券交易所", "深圳市鹈鹕传动股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市鸊鹈创业投资有限公司", "中山市鸰鹪电机有限公司")).isFalse();
    }

    @Test
    void a_supplier_written_with_xi_partners_its_customer() {
        Extracted x = Extracted.from("中山市鸱鹡电机有限公司系深圳市鹈鹕伺服技术有限公司的核心电机供应商。"
                + "江门市鸰鹪传动有限公司系深圳市鸊鹈机器人有限公司的关键部件供应商之一。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鸱鹡电机有限公司", "深圳市鹈鹕伺服技术有限公司")).isTrue();
        assertThat(x.partners("江门市鸰鹪传动有限公司", "深圳市鸊鹈机器人有限公司")).isTrue();
    }

    @Test
    void a_report_period_a_past_deed_or_a_round_before_the_verb_keeps_its_subject() {
        Extracted x = Extracted.from("中山市鸱鹡产业投资基金于2024年设立。该基金报告期内投资中山市鹈鹕传动有限公司2亿元。\n"
                + "深圳市鸰鹪私募股权投资基金管理有限公司成立于2019年，曾投资深圳市鸊鹈科技有限公司、深圳鹈鸰感知技术有限公司等项目。\n"
                + "深圳市鹪鹈激光科技有限公司获投后在中山市南头镇新建激光焊接装备基地。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市鸱鹡产业投资基金", "中山市鹈鹕传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鸰鹪私募股权投资基金管理有限公司", "深圳市鸊鹈科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市鸰鹪私募股权投资基金管理有限公司", "深圳鹈鸰感知技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "深圳市鹪鹈激光科技有限公司")).isTrue();
    }

    @Test
    void a_bare_park_noun_after_renting_or_choosing_a_site_is_the_park_named_before() {
        Extracted x = Extracted.from("中山鸱鹡机器人产业园由小榄镇开发建设。中山市鹈鹕精工有限公司租用产业园约3000平方米厂房。\n"
                + "深圳鸰鹪智能制造协作园由两区共建。深圳市鸊鹈机器人有限公司的生产基地选址协作园首期。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山鸱鹡机器人产业园", "中山市鹈鹕精工有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳鸰鹪智能制造协作园", "深圳市鸊鹈机器人有限公司")).isTrue();
    }

    @Test
    void the_two_cities_governments_are_no_agency_of_one_city() {
        Extracted x = Extracted.from("深圳市鸱鹡科技有限公司在中山市设厂。两市政府2024年签署的协议实施以来，两区政府加强统筹，各镇政府积极配合，两地产业协作不断深化。");
        assertThat(x.allNames()).noneMatch(n -> n.contains("两市政府") || n.contains("两区政府"));
    }

    @Test
    void a_chamber_writing_of_itself_as_the_chamber_is_the_party_of_its_agreements() {
        Extracted x = Extracted.from("中山市鸱鹡企业家商会2025年新年致会员的一封信\n"
                + "过去一年，商会与深圳市鹈鹕区工商业联合会签署友好商会合作协议，并与中山市鸊鹈产业协会建立定期交流机制。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鸱鹡企业家商会", "深圳市鹈鹕区工商业联合会")).isTrue();
    }

    @Test
    void a_member_joining_an_association_and_a_team_from_a_school_work_with_them() {
        Extracted x = Extracted.from("深圳市鸱鹡机器人有限公司今天也正式加入深圳市鹈鹕产业发展促进会，成为副会长单位。"
                + "中山市鸰鹪电器有限公司亦于今年加入中山市鸊鹈智能装备行业协会，担任理事单位。"
                + "深圳市鸱鹡灵巧科技有限公司的核心团队来自深圳大学机电与控制工程学院。"
                + "2019年，深圳市鸊鹈科技有限公司的创始人加入深圳市鹪鹈资本管理有限公司。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鸱鹡机器人有限公司", "深圳市鹈鹕产业发展促进会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鸰鹪电器有限公司", "中山市鸊鹈智能装备行业协会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鸱鹡灵巧科技有限公司", "深圳大学机电与控制工程学院")).isTrue();
        // a person of a firm joining a company is no membership of an association
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鸊鹈科技有限公司", "深圳市鹪鹈资本管理有限公司")).isFalse();
    }

    @Test
    void both_signatories_written_with_yi_build_what_the_two_sides_build() {
        Extracted x = Extracted.from("深圳市鸱鹡区人民政府亦与中山鹈鹕新区管理委员会签订合作协议，双方共建鸱鹡鹈鹕机器人产业协作园。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鸱鹡区人民政府", "鸱鹡鹈鹕机器人产业协作园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山鹈鹕新区管理委员会", "鸱鹡鹈鹕机器人产业协作园")).isTrue();
    }

    @Test
    void renting_or_choosing_a_site_places_the_firm() {
        Extracted x = Extracted.from("中山市鸱鹡传动有限公司承租翠亨新区鹈鹕智造园3号厂房。"
                + "鸱鹡關節擬設址於寶安區燕羅街道的燕羅智造產業園。"
                + "中山市鸰鹪电机有限公司拟设址于坦洲镇，首期投资2亿元。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "翠亨新区鹈鹕智造园", "中山市鸱鹡传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "燕罗智造产业园", "鸱鹡关节")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市坦洲镇", "中山市鸰鹪电机有限公司")).isTrue();
    }

    @Test
    void a_joint_testing_centre_is_an_institute_and_a_fund_managers_name_is_no_fund() {
        Extracted x = Extracted.from("该研究院昨日亦与鸱鹡传动签署协议，双方共建精密传动联合测试中心。"
                + "深圳市鹈鹕科技有限公司与华南理工大学共建伺服系统联合检测中心。"
                + "基金由注册于横琴粤澳深度合作区的琴澳鸰鹪私募基金管理（横琴）有限公司担任管理人。");
        assertThat(x.label("精密传动联合测试中心")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鹈鹕科技有限公司", "伺服系统联合检测中心")).isTrue();
        assertThat(x.names(EntityLabel.Fund)).doesNotContain("琴澳鸰鹪私募基金");
    }

    @Test
    void this_fund_followed_by_its_size_is_the_fund_its_manager_manages_and_no_place_is_run() {
        Extracted x = Extracted.from("8月，会员企业中山市鸱鹡实业集团有限公司作为有限合伙人认缴深中鹈鹕机器人产业投资基金合伙企业（有限合伙）2亿元。"
                + "这只基金规模15亿元，在中山市翠亨新区注册，由深圳市鸰鹪私募股权基金管理有限公司担任管理人，重点投资人形机器人。");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市鸰鹪私募股权基金管理有限公司", "深中鹈鹕机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "深圳市鸰鹪私募股权基金管理有限公司", "中山市翠亨新区")).isFalse();
    }
}
