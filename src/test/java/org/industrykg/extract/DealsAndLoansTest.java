package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.industrykg.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

/**
 * A financing roundup's deals (a firm's line, then its investors' lines), a card page marked up with label elements,
 * and loans, which make lender and borrower partners, not investor and investee. Invented texts on the real pipeline.
 */
class DealsAndLoansTest {

    @Test
    void the_investors_lines_under_a_deal_fund_the_firm_the_deal_opens_with() {
        Extracted x = Extracted.from("【本周融资】\n"
                + "1．深圳市瀣舸智能科技有限公司｜A轮｜1亿元\n"
                + "领投：宁波湝岙创业投资有限公司\n"
                + "跟投：深圳市湝湾创业投资有限公司、老股东深圳市瀣风投资管理有限公司\n"
                + "资金用途：扩充关节产线\n"
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
        String html = "<html><body><h1>入驻企业与园区基金</h1>"
                + "<div class=\"card\"><h3>中山瀣岛具身智能天使投资基金（有限合伙）</h3>"
                + "<p><span class=\"tag\">类型</span>园区基金</p>"
                + "<p><span class=\"tag\">已投项目</span>中山湝界传感技术有限公司、中山漶驰动力科技有限公司</p></div>"
                + "<div class=\"card\"><h3>中山湝界传感技术有限公司</h3>"
                + "<p><label>所属领域</label>触觉传感器、电子皮肤</p>"
                + "<p><span class=\"field-name\">合作院校/实验室</span>中国科学院深圳先进技术研究院</p></div>"
                + "</body></html>";
        String text = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "cards.html").text();
        Extracted x = Extracted.from(text);
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山瀣岛具身智能天使投资基金", "中山湝界传感技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中山瀣岛具身智能天使投资基金", "中山漶驰动力科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中国科学院深圳先进技术研究院", "中山湝界传感技术有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山湝界传感技术有限公司", "触觉传感器")).isTrue();
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
}
