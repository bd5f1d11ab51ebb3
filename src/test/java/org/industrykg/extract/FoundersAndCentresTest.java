package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who built or backs what, written as a field or a table rather than a verb between two names: the bodies a centre
 * rests on (依托单位为…), where a firm comes from (孵化自…), a fund agreement's partners, a voucher list's service
 * providers, a cluster list's leading firms; and the names of recognised centres and district guidance funds, whose
 * words the tagger reads as verbs. Invented texts on the real pipeline.
 */
class FoundersAndCentresTest {

    @Test
    void a_recognised_centre_is_named_from_its_place_through_a_field_the_tagger_reads_as_verbs() {
        Extracted x = Extracted.from("广东省仿生柔性操作重点实验室于2023年获批建设。\n"
                + "深圳市柔性触觉感知重点实验室落户南山。\n"
                + "中山市鼐瓿精密传动工程技术研究中心由中山市鼐瓿传动科技有限公司建设。\n");
        assertThat(x.label("广东省仿生柔性操作重点实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("深圳市柔性触觉感知重点实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("中山市鼐瓿精密传动工程技术研究中心")).isEqualTo(EntityLabel.ResearchInstitute);
        // a kind of centre, with a place or a level and nothing of its own, is no name
        Extracted kinds = Extracted.from("该中心获批广东省重点实验室，全市另有国家重点实验室2家、省级重点实验室5家。");
        assertThat(kinds.names(EntityLabel.ResearchInstitute)).isEmpty();
    }

    @Test
    void the_bodies_a_centre_rests_on_founded_it() {
        Extracted x = Extracted.from("广东省镈钲触觉传感重点实验室于2023年获批建设。实验室的依托单位为中山大学，"
                + "共建单位为深圳市鼐瓿机器人有限公司和中山市钲镈精密传动有限公司。\n"
                + "深圳市瓿钲柔性电子研究院成立于2022年，举办单位是深圳市南山区人民政府。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山大学", "广东省镈钲触觉传感重点实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鼐瓿机器人有限公司", "广东省镈钲触觉传感重点实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市钲镈精密传动有限公司", "广东省镈钲触觉传感重点实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市南山区人民政府", "深圳市瓿钲柔性电子研究院")).isTrue();
        // the first body named as a founder is not what the second list of founders built
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市鼐瓿机器人有限公司", "中山大学")).isFalse();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市南山区人民政府", "广东省镈钲触觉传感重点实验室")).isFalse();
    }

    @Test
    void a_firm_that_comes_from_a_university_was_founded_by_it_not_the_other_way_round() {
        Extracted x = Extracted.from("深圳市鼐钲视觉科技有限公司孵化自南方科技大学，主营机器视觉模组。"
                + "中山瓿镈智能科技有限公司脱胎于中国科学院深圳先进技术研究院。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "南方科技大学", "深圳市鼐钲视觉科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中国科学院深圳先进技术研究院", "中山瓿镈智能科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市鼐钲视觉科技有限公司", "南方科技大学")).isFalse();
    }

    @Test
    void a_fund_agreements_partners_fund_the_fund_its_title_names_even_when_another_fund_is_named_more() {
        Extracted x = Extracted.from("中山鼐瓿人形机器人产业投资基金合伙企业（有限合伙）\n合伙协议\n\n"
                + "第一条　本合伙企业（以下简称“本基金”）的有限合伙人包括中山市鼐镈产业发展母基金。\n"
                + "第二条　中山市鼐镈产业发展母基金按其章程出资；中山市鼐镈产业发展母基金不执行合伙事务。\n\n"
                + "序号｜合伙人名称｜合伙人类型｜认缴出资额（万元）｜出资比例\n"
                + "1｜中山鼐瓿股权投资管理有限公司｜普通合伙人｜2,000｜1.00%\n"
                + "2｜中山市鼐镈产业发展母基金｜有限合伙人｜40,000｜20.00%\n"
                + "3｜深圳市钲镈实业投资有限公司｜有限合伙人｜30,000｜15.00%\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市钲镈实业投资有限公司", "中山鼐瓿人形机器人产业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市鼐镈产业发展母基金", "中山鼐瓿人形机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市钲镈实业投资有限公司", "中山市鼐镈产业发展母基金")).isFalse();
    }

    @Test
    void a_voucher_lists_providers_work_with_its_firms_and_a_cluster_lists_leading_firms_are_in_it() {
        Extracted vouchers = Extracted.from("中山市科学技术局关于科技创新券兑付名单的公示\n\n"
                + "序号\t企业名称\t所在镇街\t服务机构\t服务内容\t兑付金额（万元）\n"
                + "1\t中山市鼐瓿电器有限公司\t南头镇\t电子科技大学中山学院\t变频控制算法委托开发\t18.00\n"
                + "2\t中山钲镈机器人科技有限公司\t三角镇\t深圳大学\t灵巧手结构优化设计\t30.00\n");
        assertThat(vouchers.partners("中山市鼐瓿电器有限公司", "电子科技大学中山学院")).isTrue();
        assertThat(vouchers.partners("中山钲镈机器人科技有限公司", "深圳大学")).isTrue();
        assertThat(vouchers.partners("中山市鼐瓿电器有限公司", "深圳大学")).isFalse();
        assertThat(vouchers.hasRuleRelation(RelationType.FUNDS, "中山市科学技术局", "中山市鼐瓿电器有限公司")).isTrue();

        Extracted clusters = Extracted.from("序号\t园区名称\t所在地\t促进机构\t龙头企业\t支撑高校院所\n"
                + "1\t鼐瓿智能装备产业园\t中山市三角镇\t中山市三角镇智能装备商会\t中山市镈钲传动科技有限公司、中山瓿钲伺服技术有限公司\t广东工业大学\n"
                + "2\t钲鼐电子信息产业园\t深圳市宝安区\t深圳市宝安区电子商会\t深圳市鼐镈微电子有限公司\t深圳大学\n");
        assertThat(clusters.hasRuleRelation(RelationType.HOSTS, "鼐瓿智能装备产业园", "中山市镈钲传动科技有限公司")).isTrue();
        assertThat(clusters.hasRuleRelation(RelationType.HOSTS, "鼐瓿智能装备产业园", "中山瓿钲伺服技术有限公司")).isTrue();
        assertThat(clusters.hasRuleRelation(RelationType.HOSTS, "钲鼐电子信息产业园", "深圳市鼐镈微电子有限公司")).isTrue();
        assertThat(clusters.partners("广东工业大学", "鼐瓿智能装备产业园")).isTrue();
        assertThat(clusters.hasRelation(RelationType.HOSTS, "鼐瓿智能装备产业园", "深圳市鼐镈微电子有限公司")).isFalse();
    }

    @Test
    void a_district_governments_guidance_fund_is_a_fund_and_funds_what_it_sets_up() {
        Extracted x = Extracted.from("深中鼐瓿协同创新基金由深圳市盐田区政府投资引导基金和中山市鼐镈产业发展母基金联合发起，双方各认缴4亿元。");
        assertThat(x.label("深圳市盐田区政府投资引导基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市盐田区政府投资引导基金", "深中鼐瓿协同创新基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市鼐镈产业发展母基金", "深中鼐瓿协同创新基金")).isTrue();
        // a district government that invests in a park is still the government
        Extracted builds = Extracted.from("深圳市龙岗区人民政府投资建设了鼐钲机器人产业园。");
        assertThat(builds.names(EntityLabel.Fund)).isEmpty();
    }

    @Test
    void the_investor_of_an_earlier_round_raised_nothing_in_a_later_one() {
        Extracted x = Extracted.from("深圳市镈瓿机器人科技有限公司\n"
                + "融资情况：天使轮（2020年）由深圳市鼐钲创业投资有限公司投资；A轮（2022年）由钲瓿智能制造产业投资基金领投。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "钲瓿智能制造产业投资基金", "深圳市镈瓿机器人科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "钲瓿智能制造产业投资基金", "深圳市鼐钲创业投资有限公司")).isFalse();
    }

    @Test
    void the_place_of_a_firms_seat_or_plant_is_the_firms() {
        Extracted x = Extracted.from("深圳市鼐钲机器人股份有限公司的生产基地设于中山市翠亨新区。"
                + "广东鼐瓿传动科技股份有限公司总部和一期工厂在中山火炬高技术产业开发区。"
                + "深圳市瓿镈机器人有限公司研发总部保留在深圳市龙岗区坂田街道。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市翠亨新区", "深圳市鼐钲机器人股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山火炬高技术产业开发区", "广东鼐瓿传动科技股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙岗区坂田街道", "深圳市瓿镈机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市翠亨新区", "广东鼐瓿传动科技股份有限公司")).isFalse();
    }

    @Test
    void a_firm_with_its_district_in_brackets_is_hosted_there() {
        Extracted x = Extracted.from("本周走访龙岗区重点企业。\n1．深圳市鼐镈电子有限公司（龙岗），洽谈扩产；深圳钲瓿科技有限公司（以下简称钲瓿科技）暂缓。");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙岗区", "深圳市鼐镈电子有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市龙岗区", "深圳钲瓿科技有限公司")).isFalse();
    }

    @Test
    void a_recommendation_letter_backs_its_nominees_from_its_sender_not_its_addressee() {
        Extracted x = Extracted.from("深圳市龙华区工业和信息化局\n关于推荐企业参加智能机器人重点培育企业遴选的函\n\n"
                + "广东省工业和信息化厅：\n　　根据贵厅通知要求，经企业申报、我局审核，现推荐深圳市鼐瓿机器人科技有限公司、"
                + "深圳钲镈传动技术有限公司参加遴选。\n\n深圳市龙华区工业和信息化局\n2025年6月3日\n");
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "深圳市龙华区工业和信息化局", "深圳市鼐瓿机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.SUPPORTS, "深圳市龙华区工业和信息化局", "深圳钲镈传动技术有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.SUPPORTS, "广东省工业和信息化厅", "深圳市鼐瓿机器人科技有限公司")).isFalse();
    }

    @Test
    void a_forms_ticked_option_and_the_items_under_a_label_speak_of_its_firm() {
        Extracted x = Extracted.from("2025年重点培育企业推荐表\n\n"
                + "企业名称：深圳市钲鼐机器人科技有限公司（简称：钲鼐机器人）\n"
                + "注册地址：深圳市龙华区\n"
                + "所属领域：人形机器人整机（☑）　协作机器人（　）\n"
                + "合作高校院所：\n"
                + "　（1）与清华大学深圳国际研究生院共建“双足运动控制联合研究中心”（2022年至今）；\n"
                + "　（2）委托深圳理工大学开展机器人本体轻量化材料研究（2024年签约）。\n"
                + "异地布局：2024年在中山市三角镇设立全资子公司中山钲鼐智能制造有限公司，建设总装基地。\n"
                + "融资情况：天使轮（2020年）由深圳市瓿鼐创业投资有限公司投资。\n"
                + "推荐单位意见：同意推荐。\n");
        String firm = "深圳市钲鼐机器人科技有限公司";
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, firm, "人形机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, firm, "协作机器人")).isFalse(); // left unticked
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, firm, "清华大学深圳国际研究生院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, firm, "双足运动控制联合研究中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, firm, "深圳理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, firm, "中山钲鼐智能制造有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三角镇", "中山钲鼐智能制造有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市三角镇", firm)).isFalse(); // the subsidiary is there, not the firm
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市瓿鼐创业投资有限公司", firm)).isTrue();
    }
}
