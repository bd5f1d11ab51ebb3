package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A licence taken in from an institute (以独占许可方式取得某研究院…的实施权, 从某研究院获得…的独占许可), grants listed by the
 * fund a heading names with amounts in another currency (受资助实体 | 批给金额（澳门元）: $2,400,000.00), no trigger word read
 * across the cells of a table's row, and a spreadsheet ledger saved as CSV read as the table it is. Invented texts on the
 * real pipeline. Also a rating report's 公司 (the firm its title lines name), capital injected into a firm (注入资本金), each firm of a
 * list that got a fund's investment (A、B等3家获得了X的投资), and the founding members of an association (创会会员为).
 */
class LicencesAndGrantsTest {

    @Test
    void a_licence_taken_in_from_an_institute_or_a_firm_makes_them_partners() {
        Extracted x = Extracted.from("深圳市鳋鳏科技有限公司以独占许可方式取得深圳鳑鳒具身智能研究院3项发明专利的实施权。"
                + "中山鳓鳚机器人有限公司以专利许可方式承接了深圳鳜鳢智能装备研究院的电子皮肤技术成果。"
                + "深圳鲀鲃传感科技有限公司从中国科学院深圳先进技术研究院获得3项柔性压阻材料发明专利的独占许可。"
                + "深圳市鲆鲉电机有限公司向哈尔滨工业大学（深圳）取得了2项电机控制专利的普通许可。");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鳋鳏科技有限公司", "深圳鳑鳒具身智能研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山鳓鳚机器人有限公司", "深圳鳜鳢智能装备研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳鲀鲃传感科技有限公司", "中国科学院深圳先进技术研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市鲆鲉电机有限公司", "哈尔滨工业大学（深圳）")).isTrue();

        // money got from an investor is no licence
        Extracted money = Extracted.from("深圳市鲋鲎电子有限公司从深圳市鹢鹣创业投资有限公司获得投资5000万元。");
        assertThat(money.extraction.relations()).noneMatch(r -> r.method().equals("rule:partners-licence-from"));
    }

    @Test
    void a_fund_that_heads_a_list_of_grants_funds_each_row_and_an_amount_in_another_currency_is_no_yuan() {
        Extracted x = Extracted.from("鹘鳋科学技术发展基金现公布本季度批给资助的名单：\n\n"
                + "受资助实体\t批给日期\t批给金额（澳门元）\t目的\n"
                + "澳门鳏鳑智能科技有限公司\t2025/07/08\t$2,400,000.00\t资助「柔性触觉电子皮肤」项目（内地合作单位：深圳鳒鳓感知科技有限公司）\n"
                + "澳门鳚鳜机械人有限公司\t2025/08/05\t$1,800,000.00\t资助「灵巧手」项目\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "鹘鳋科学技术发展基金", "澳门鳏鳑智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "鹘鳋科学技术发展基金", "澳门鳚鳜机械人有限公司")).isTrue();
        assertThat(x.relation(RelationType.FUNDS, "鹘鳋科学技术发展基金", "澳门鳏鳑智能科技有限公司").properties())
                .doesNotContainKey("amountCny");
        // 资助 in the purpose cell ties no row's firm to the partner it names
        assertThat(x.hasRelation(RelationType.FUNDS, "澳门鳏鳑智能科技有限公司", "深圳鳒鳓感知科技有限公司")).isFalse();

        Extracted yuan = Extracted.from("中山市鳢鲀科技局公布资助名单：\n\n受资助单位\t资助金额（万元）\n中山鲃鲆精密有限公司\t240\n中山鲉鲋电机有限公司\t120\n");
        assertThat(yuan.relation(RelationType.FUNDS, "中山市鳢鲀科技局", "中山鲃鲆精密有限公司").properties())
                .containsEntry("amountCny", 2_400_000L);
    }

    @Test
    void a_rating_report_s_company_is_the_firm_its_title_lines_name_and_capital_injected_funds_it() {
        Extracted x = Extracted.from("信用评级报告编号：YC-GZ-2025-0417\n\n深圳市鳋鳓产业投资集团有限公司\n2025年度跟踪评级报告（节选）\n\n"
                + "公司成立于2016年5月。2024年坪山区国资局向公司注入资本金15亿元。公司与哈尔滨工业大学（深圳）共建人形机器人中试验证平台。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市坪山区国资局", "深圳市鳋鳓产业投资集团有限公司")).isTrue();
        assertThat(x.partners("深圳市鳋鳓产业投资集团有限公司", "哈尔滨工业大学（深圳）")).isTrue();

        Extracted named = Extracted.from("2023年，深圳市龙华区国有资产监督管理局向深圳市鲃鲉投资控股集团有限公司注入资本金8亿元。");
        assertThat(named.hasRuleRelation(RelationType.FUNDS, "深圳市龙华区国有资产监督管理局", "深圳市鲃鲉投资控股集团有限公司")).isTrue();
    }

    @Test
    void each_firm_of_a_list_that_got_a_fund_s_investment_is_funded_by_it() {
        Extracted x = Extracted.from("其中深圳市鳓鲃机器人有限公司、深圳市鳜鲆灵巧手科技有限公司、深圳市鲀鲉精密减速机有限公司等3家获得了宝安区鲋鹢人形机器人产业投资基金的投资。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "宝安区鲋鹢人形机器人产业投资基金", "深圳市鳓鲃机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "宝安区鲋鹢人形机器人产业投资基金", "深圳市鳜鲆灵巧手科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "宝安区鲋鹢人形机器人产业投资基金", "深圳市鲀鲉精密减速机有限公司")).isTrue();
    }

    @Test
    void the_founding_members_of_an_association_founded_it() {
        Extracted x = Extracted.from("澳门鹣鳋机器人产业促进会于2024年成立。本会创会会员为深圳市鳏鳒科技有限公司、深圳市鳓鳜机器人有限公司及澳门鳢鲃医疗科技有限公司。");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鳏鳒科技有限公司", "澳门鹣鳋机器人产业促进会")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "澳门鳢鲃医疗科技有限公司", "澳门鹣鳋机器人产业促进会")).isTrue();
        Extracted alliance = Extracted.from("深圳市鲆鲋具身智能产业联盟的创始成员单位包括深圳市鲎鹘科技有限公司、南方科技大学和深圳市鹢鳗机器人有限公司。");
        assertThat(alliance.hasRuleRelation(RelationType.FOUNDED, "南方科技大学", "深圳市鲆鲋具身智能产业联盟")).isTrue();
        assertThat(alliance.hasRuleRelation(RelationType.FOUNDED, "深圳市鲎鹘科技有限公司", "深圳市鲆鲋具身智能产业联盟")).isTrue();
    }

    @Test
    void a_ledger_saved_as_csv_is_read_as_a_table_its_parent_column_founding_the_row_s_firm() {
        Extracted x = Extracted.from("某某区2025年重点项目推进台账,,,,,,\n"
                + "序号,项目名称,项目业主,投资主体（母公司）,投资方来源地,所在园区,责任单位\n"
                + "1,鲎鹢人形机器人制造基地项目,中山鲎鹢人形机器人制造有限公司,深圳鲎鹢机器人科技股份有限公司,深圳市南山区,中山火炬开发区,区经发局；区投促局\n"
                + "2,鹣鹘灵巧手产业化项目,中山鹣鹘灵巧手科技有限公司,深圳市鹣鹘智能科技有限公司,深圳市龙华区,中山火炬开发区,\n"
                + "3,鳋鳓伺服电机扩产项目,中山鳋鳓伺服电机有限公司,—,本地,中山火炬开发区,区经发局\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳鲎鹢机器人科技股份有限公司", "中山鲎鹢人形机器人制造有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市鹣鹘智能科技有限公司", "中山鹣鹘灵巧手科技有限公司")).isTrue();
        // the investors' place is theirs, not the project firm's
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳鲎鹢机器人科技股份有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "中山鲎鹢人形机器人制造有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山火炬开发区", "中山鳋鳓伺服电机有限公司")).isTrue();
        // the parent founds its firm, not the park the row is in
        assertThat(x.hasRelation(RelationType.FOUNDED, "深圳鲎鹢机器人科技股份有限公司", "中山火炬开发区")).isFalse();
    }
}
