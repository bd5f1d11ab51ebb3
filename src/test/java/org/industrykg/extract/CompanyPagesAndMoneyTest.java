package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A business-information page's shareholders and outward investments, money put into a fund or handed to an
 * organisation a relative clause describes, members of a list that declare short names, and the pair a later 双方 or
 * 两校 stands for. Invented texts on the real pipeline.
 */
class CompanyPagesAndMoneyTest {

    @Test
    void a_company_page_tables_are_the_company_s_shareholders_and_investments() {
        Extracted x = Extracted.from("深圳市澂星智能科技有限公司 - 工商信息_股东信息_对外投资 - 某企网\n"
                + "深圳市澂星智能科技有限公司\n"
                + "成立日期\t2019-06-18\t所属行业\t研究和试验发展\n"
                + "注册地址\t深圳市南山区西丽街道仙元路18号澂丽智能机器人产业园C座12层\n"
                + "经营范围\t一般经营项目是：智能机器人的研发；人形机器人整机及核心零部件的研发、制造。\n"
                + "股东信息 3\n"
                + "序号\t股东名称\t持股比例\t认缴出资额（万元）\n"
                + "1\t深圳市澂星企业管理合伙企业（有限合伙）\t17.00%\t1000\n"
                + "2\t深圳市澂安区人形机器人产业投资基金合伙企业（有限合伙）\t10.20%\t600\n"
                + "3\t中山澂城产业投资集团有限公司\t8.50%\t500\n"
                + "对外投资 2\n"
                + "被投资企业名称\t成立日期\t投资比例\t认缴出资额\n"
                + "中山澂星机器人制造有限公司\t2024-08-09\t100%\t5000万元\n"
                + "苏州澂星具身智能科技有限公司\t2025-01-16\t100%\t1000万元\n"
                + "相关新闻\n"
                + "深圳市澂安区人形机器人产业投资基金合伙企业（有限合伙）宣布完成首批4个项目投资。该基金总规模20亿元。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山澂城产业投资集团有限公司", "深圳市澂星智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市澂星智能科技有限公司", "中山澂星机器人制造有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市澂星智能科技有限公司", "苏州澂星具身智能科技有限公司")).isTrue();
        // the fund the page names most is one shareholder, not the owner of the company's investments
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.FUNDS
                && r.source().startsWith("Fund:") && r.target().endsWith(":中山澂星机器人制造有限公司"))).isFalse();
        // a house number ends the address; the park is named after it
        assertThat(x.names(EntityLabel.Park)).contains("澂丽智能机器人产业园");
        // its address and business scope, a label and a value on a line of their own
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "澂丽智能机器人产业园", "深圳市澂星智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市澂星智能科技有限公司", "人形机器人")).isTrue();
    }

    @Test
    void money_into_a_fund_s_shares_or_to_whom_a_relative_clause_describes_is_funding() {
        Extracted x = Extracted.from("子公司中山澂洋精密机电有限公司拟以8000万元认购中山市澂洋人形机器人产业投资基金份额。\n"
                + "深圳市澂通电子有限公司也认购了中山澂商智能制造产业投资基金的份额。\n"
                + "深圳市澂智创机器人有限公司将向澂智仿生灵巧手联合实验室投入研发设备及资金共800万元。\n"
                + "中山市财政局向澂湾技术大学在火炬开发区设立的澂湾中山智能装备研究院拨付运营补助2000万元。\n"
                + "两市共同设立产业协同基金，上述深中澂光产业协同基金即为首个落地项目。\n");
        assertThat(x.names(EntityLabel.Fund)).contains("深中澂光产业协同基金").doesNotContain("上述深中澂光产业协同基金");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山澂洋精密机电有限公司", "中山市澂洋人形机器人产业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市澂通电子有限公司", "中山澂商智能制造产业投资基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市澂智创机器人有限公司", "澂智仿生灵巧手联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市财政局", "澂湾中山智能装备研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "澂湾技术大学", "澂湾中山智能装备研究院")).isTrue();
        // the bureau pays the institute; the university set it up
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市财政局", "澂湾中山智能装备研究院")).isFalse();
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市财政局", "澂湾技术大学")).isFalse();
    }

    @Test
    void members_that_declare_short_names_stay_in_their_list_and_a_later_pair_word_means_the_pair() {
        Extracted x = Extracted.from("中山澂山职业技术学院关于成立澂山人形机器人产业学院的通知\n"
                + "我院联合深圳市澂犀动力科技股份有限公司（以下简称“澂犀动力”）、深圳市澂智创机器人有限公司（以下简称“澂智创”）"
                + "和中山市澂岳精密传动有限公司共同组建澂山人形机器人产业学院。\n"
                + "中山澂鼎精密机电有限公司与澂北大学深圳研究院签署合作协议。双方于中山澂鼎厂区内共同设立“澂鼎精密传动联合研发中心”。\n"
                + "中山澂溪职业技术学院与深圳澂泉职业技术大学签署对口协作协议。两校联合发起成立“深中澂溪职业教育联盟”。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂山职业技术学院", "深圳市澂犀动力科技股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂山职业技术学院", "深圳市澂智创机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山澂山职业技术学院", "中山市澂岳精密传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山澂山职业技术学院", "澂山人形机器人产业学院")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市澂智创机器人有限公司", "中山澂山职业技术学院")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山澂鼎精密机电有限公司", "澂鼎精密传动联合研发中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "澂北大学深圳研究院", "澂鼎精密传动联合研发中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山澂溪职业技术学院", "深中澂溪职业教育联盟")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳澂泉职业技术大学", "深中澂溪职业教育联盟")).isTrue();
    }

    @Test
    void a_school_s_order_classes_and_a_list_of_matched_suppliers_are_partnerships() {
        Extracted x = Extracted.from("中山澂山职业技术学院关于2025级订单班招生的通知\n"
                + "现将订单班安排通知如下。\n"
                + "序号｜订单班名称｜合作企业｜对应专业｜计划人数\n"
                + "1｜澂犀班｜深圳市澂犀动力科技股份有限公司｜工业机器人技术｜40\n"
                + "2｜澂石班｜深圳澂石科技有限公司｜工业机器人技术｜20\n"
                + "注：计划人数以最终录取为准。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市澂犀动力科技股份有限公司", "中山澂山职业技术学院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳澂石科技有限公司", "中山澂山职业技术学院")).isTrue();
        Extracted list = Extracted.from("中山市应用场景机会清单（第三批）\n"
                + "| 序号 | 需求单位 | 场景名称 | 需求概述 | 拟匹配供给方 |\n"
                + "| 1 | 中山市澂联物流集团有限公司 | 集装箱码头智能理货 | 岸桥作业箱号识别 | 深圳市澂眸视觉科技有限公司 |\n"
                + "| 2 | 中山市澂帆电器有限公司 | 小家电总装线柔性上下料 | 多品种混线生产 | 深圳市澂犀动力科技股份有限公司、中山澂联伺服技术有限公司 |\n");
        assertThat(list.partners("中山市澂联物流集团有限公司", "深圳市澂眸视觉科技有限公司")).isTrue();
        assertThat(list.partners("中山市澂帆电器有限公司", "中山澂联伺服技术有限公司")).isTrue();
        assertThat(list.partners("中山市澂联物流集团有限公司", "中山澂联伺服技术有限公司")).isFalse();
    }

    @Test
    void two_schools_is_no_pair_of_firms() {
        Extracted x = Extracted.from("中山市澂汀电子有限公司与深圳市澂屿科技有限公司签署供货协议。两校联合发起成立“澂汀职业教育联盟”。\n");
        assertThat(x.hasRelation(RelationType.FOUNDED, "中山市澂汀电子有限公司", "澂汀职业教育联盟")).isFalse();
    }
}
