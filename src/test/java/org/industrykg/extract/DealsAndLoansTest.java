package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.industrykg.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

/**
 * A financing roundup's deals (a firm's line, then its investors' lines), a card page marked up with label elements,
 * tables of signed projects and of matched needs, and loans, which make lender and borrower partners, not investor and
 * investee. Invented texts on the real pipeline.
 */
class DealsAndLoansTest {

    @Test
    void the_investors_lines_under_a_deal_fund_the_firm_the_deal_opens_with() {
        Extracted x = Extracted.from("【本周融资】\n"
                + "1．深圳市瀣舸智能科技有限公司｜A轮｜1亿元\n"
                + "领投：宁波湝岙创业投资有限公司\n"
                + "跟投：深圳市湝湾创业投资有限公司、老股东深圳市瀣风投资管理有限公司\n"
                + "资金用途：扩充关节产线\n"
                + "简介：公司与湝川理工大学共建瀣舸关节驱动联合实验室。\n"
                + "2．瀣汐机器人（中山）有限公司｜天使轮｜2000万元\n"
                + "投资方：中山湝川天使投资基金（独家投资）\n"
                + "简介：公司注册于中山市火炬开发区。\n"
                + "■ 漶芮灵巧手科技（深圳）有限公司 完成Pre-A轮融资\n"
                + "领投方：深圳市漶澜私募股权基金管理有限公司\n"
                + "参投方：中山市湝曜产业投资有限公司\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "宁波湝岙创业投资有限公司", "深圳市瀣舸智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市湝湾创业投资有限公司", "深圳市瀣舸智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市瀣风投资管理有限公司", "深圳市瀣舸智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山湝川天使投资基金", "瀣汐机器人（中山）有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市漶澜私募股权基金管理有限公司", "漶芮灵巧手科技（深圳）有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市湝曜产业投资有限公司", "漶芮灵巧手科技（深圳）有限公司")).isTrue();
        // 公司 in the deal's profile is the deal's firm, not the investor named last before it
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市瀣舸智能科技有限公司", "瀣舸关节驱动联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳市瀣风投资管理有限公司", "瀣舸关节驱动联合实验室")).isFalse();
        // each deal's investors are its own: the second deal's fund put nothing into the first firm
        assertThat(x.hasRelation(RelationType.FUNDS, "中山湝川天使投资基金", "深圳市瀣舸智能科技有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "宁波湝岙创业投资有限公司", "瀣汐机器人（中山）有限公司")).isFalse();
    }

    @Test
    void a_cell_that_says_who_led_a_round_heads_no_table_of_investors() {
        Extracted x = Extracted.from("湝安区宣布设立深圳市湝安区具身智能产业基金，首期规模10亿元。\n"
                + "深圳市湝安区具身智能产业基金将重点投向人形机器人整机和核心零部件。\n"
                + "相关新闻\n"
                + "·瀣星智能完成5亿元B轮融资\t湝创投领投\t2025-08-28\n"
                + "·湝安区发布机器人产业链招商图谱\t2025-08-15\n"
                + "主办：深圳瀣讯网\t技术支持：深圳市湝帆网络科技有限公司\n");
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.FUNDS
                && r.target().endsWith(":深圳市湝安区具身智能产业基金"))).isFalse();
    }

    @Test
    void a_fund_s_card_marked_up_with_label_elements_reads_as_its_fields() throws Exception {
        String html = "<html><head><title>入驻企业 - 瀣岛智能机器人产业园</title></head><body><h1>入驻企业与园区基金</h1>"
                + "<div class=\"card\"><h3>中山瀣岛具身智能天使投资基金（有限合伙）</h3>"
                + "<p><span class=\"tag\">类型</span>园区基金</p>"
                + "<p><span class=\"tag\">已投项目</span>中山湝界传感技术有限公司、中山漶驰动力科技有限公司</p></div>"
                + "<div class=\"card\"><h3>中山湝界传感技术有限公司</h3>"
                + "<p><label>所属领域</label>触觉传感器、电子皮肤</p>"
                + "<p><span class=\"tag\">入驻位置</span>A2栋4层</p>"
                + "<p><span class=\"field-name\">合作院校/实验室</span>中国科学院深圳先进技术研究院</p></div>"
                + "</body></html>";
        String text = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "cards.html").text();
        Extracted x = Extracted.from(text);
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山瀣岛具身智能天使投资基金", "中山湝界传感技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山瀣岛具身智能天使投资基金", "中山漶驰动力科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中国科学院深圳先进技术研究院", "中山湝界传感技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山湝界传感技术有限公司", "触觉传感器")).isTrue();
        // where in the park it sits: the park the page is about hosts it
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "瀣岛智能机器人产业园", "中山湝界传感技术有限公司")).isTrue();
        // the label is no part of a name
        assertThat(x.names(EntityLabel.Fund)).doesNotContain("类型园区基金");
    }

    @Test
    void a_credit_line_or_a_loan_makes_lender_and_borrower_partners_not_investor_and_investee() {
        Extracted x = Extracted.from("据悉，广东瀣海银行股份有限公司深圳分行为深圳市湝越智能科技有限公司核定综合授信额度5亿元。\n"
                + "瀣海银行中山分行向中山市湝岭传动有限公司发放首笔供应链贷款2000万元，用于采购原材料。\n"
                + "湝丰农商银行还给中山湝弘电机有限公司提供了1亿元科技创新贷款。\n"
                + "漶川银行暂停向中山漶弘电机有限公司发放贷款。\n"
                + "深圳市湝越智能科技有限公司向中山市湝岭传动有限公司采购关节模组。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "广东瀣海银行股份有限公司深圳分行", "深圳市湝越智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "瀣海银行中山分行", "中山市湝岭传动有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "湝丰农商银行", "中山湝弘电机有限公司")).isTrue();
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.FUNDS)).isFalse();
        // a loan stopped is no tie
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "漶川银行", "中山漶弘电机有限公司")).isFalse();
    }

    @Test
    void a_table_of_signed_projects_places_every_investor_of_a_row() {
        Extracted x = Extracted.from("二、签约项目明细\n"
                + "序号｜投资方｜项目名称｜计划投资（亿元）｜落户地点｜投资方来源地\n"
                + "1｜深圳市瀣驰驱动技术有限公司、中山市湝辉电机有限公司｜机器人关节电机生产基地项目｜5.2｜中山（瀣集）产业转移工业园｜深圳市龙华区、中山市东凤镇\n"
                + "2｜深圳市湝储新能源科技有限公司｜储能电池生产线项目｜12.0｜中山（瀣集）产业转移工业园｜深圳市坪山区\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山（瀣集）产业转移工业园", "深圳市瀣驰驱动技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山（瀣集）产业转移工业园", "中山市湝辉电机有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区", "深圳市瀣驰驱动技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市坪山区", "深圳市湝储新能源科技有限公司")).isTrue();
        // a source place of the other city is the other investor's
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市东凤镇", "深圳市瀣驰驱动技术有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市龙华区", "中山市湝辉电机有限公司")).isFalse();
    }

    @Test
    void a_matching_list_pairs_each_firm_with_the_institute_that_holds_the_result() {
        Extracted x = Extracted.from("一、企业需求与高校院所成果对接\n"
                + "编号｜需求企业（所在镇街）｜所属领域｜技术需求｜匹配成果｜成果持有单位｜拟对接方式\n"
                + "ZS-01｜中山市瀣程灯饰科技有限公司（古镇镇）｜照明｜驱动电源能效提升｜无频闪驱动芯片设计｜南方科技大学｜技术许可\n"
                + "ZS-02｜中山湝途电器有限公司（东凤镇）｜智能家电｜无刷电机降噪｜矢量控制算法｜深圳湝湾先进技术研究院｜合作开发\n"
                + "二、深圳企业需求与中山载体对接\n"
                + "编号｜需求企业｜所属领域｜合作需求｜对接单位｜拟对接方式\n"
                + "SZ-01｜深圳市漶舟无人机有限公司（宝安区）｜低空经济｜机身结构轻量化｜中山瀣湾复合材料研究院｜中试合作\n");
        // an institute's name alone in its cell is a name, even when nothing else in it is a proper noun
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("南方科技大学");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "南方科技大学", "中山市瀣程灯饰科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳湝湾先进技术研究院", "中山湝途电器有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山瀣湾复合材料研究院", "深圳市漶舟无人机有限公司")).isTrue();
        // rows are paired row by row
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "南方科技大学", "中山湝途电器有限公司")).isFalse();
    }

    @Test
    void a_fund_of_funds_column_of_its_commitments_funds_each_sub_fund() {
        Extracted x = Extracted.from("关于中山市瀣川科技创新母基金2025年度子基金遴选结果的公示\n"
                + "中山市瀣川科技创新母基金（以下简称“瀣川母基金”）总规模50亿元。经评审，瀣川母基金拟对以下子基金出资：\n"
                + "序号\t子基金名称\t基金管理人\t目标规模（亿元）\t母基金拟认缴（亿元）\t拟注册地\n"
                + "1\t中山湝亨具身智能产业投资基金合伙企业（有限合伙）\t深圳市湝程私募股权投资基金管理有限公司\t10\t2.5\t翠亨新区\n"
                + "2\t中山漶炬机器人核心部件创业投资基金合伙企业（有限合伙）\t中山漶炬创业投资管理有限公司\t5\t\t火炬开发区\n"
                + "3\t中山澼岭智能装备产业投资基金合伙企业（有限合伙）\t中山澼岭投资管理有限公司\t8\t0\t三角镇\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山市瀣川科技创新母基金", "中山湝亨具身智能产业投资基金")).isTrue();
        // no amount in the row, no commitment stated
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市瀣川科技创新母基金", "中山漶炬机器人核心部件创业投资基金")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市瀣川科技创新母基金", "中山澼岭智能装备产业投资基金")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "深圳市湝程私募股权投资基金管理有限公司", "中山湝亨具身智能产业投资基金")).isTrue();
    }

    @Test
    void what_the_review_found_a_list_by_investor_an_unread_deal_and_loans_undone_make_no_edge() {
        Extracted x = Extracted.from("【本周活跃机构】\n"
                + "1．深圳市澼石创业投资有限公司\n"
                + "领投：深圳市澼光智能科技有限公司（B轮，数亿元）\n"
                + "融资快讯\n"
                + "1．深圳市澼泉精密科技有限公司｜A轮｜1亿元\n"
                + "领投：深圳市澼山创业投资有限公司\n"
                + "2．澼犀智元｜天使轮\n"
                + "领投：中山市澼水天使投资有限公司\n"
                + "中山市澼江科技股份有限公司拟向澼川银行股份有限公司深圳分行申请不超过5亿元的综合授信额度。\n"
                + "澼川银行终止向中山澼溪电机有限公司发放贷款。\n"
                + "中山澼影科技有限公司为澼川银行提供信贷系统软件。\n"
                + "澼丰农商银行为中山澼岭传动有限公司提供不超过2亿元的授信额度。\n");
        // a list by investor: the firm under 领投 put no money into the investor
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市澼光智能科技有限公司", "深圳市澼石创业投资有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市澼山创业投资有限公司", "深圳市澼泉精密科技有限公司")).isTrue();
        // a deal whose firm is not read is no part of the deal before it
        assertThat(x.hasRelation(RelationType.FUNDS, "中山市澼水天使投资有限公司", "深圳市澼泉精密科技有限公司")).isFalse();
        // applying for credit, a loan ended, a lender's software: no lender-borrower tie
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山市澼江科技股份有限公司", "澼川银行股份有限公司深圳分行")).isFalse();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "澼川银行", "中山澼溪电机有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山澼影科技有限公司", "澼川银行")).isFalse();
        // 不超过 is an amount, not a negation
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "澼丰农商银行", "中山澼岭传动有限公司")).isTrue();
    }
}
