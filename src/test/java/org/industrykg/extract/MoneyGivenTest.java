package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where money goes when the text does not put the receiver after the verb: grants (拨付经费, 给予资助),
 * financing rounds (本轮由X领投), investments written as a noun over a list (对A和B两个项目的投资), the
 * partners an announcement lists item by item, and funds called by a word of their name (该天使基金);
 * invented texts on the real pipeline.
 */
class MoneyGivenTest {

    @Test
    void money_a_body_gives_funds_the_receiver_and_other_aid_supports_it() {
        Extracted grant = Extracted.from("洛阳市科学技术局对洛阳澜峰智能装备研究院给予建设资助800万元。");
        assertThat(grant.hasRelation(RelationType.FUNDS, "洛阳市科学技术局", "洛阳澜峰智能装备研究院")).isTrue();
        assertThat(grant.relation(RelationType.FUNDS, "洛阳市科学技术局", "洛阳澜峰智能装备研究院").properties())
                .containsEntry("amountCny", 8_000_000L);

        Extracted costs = Extracted.from("宁波市经济和信息化局对宁波星川机器人有限公司、宁波沐辰传感科技有限公司给予首台（套）补助。");
        assertThat(costs.hasRelation(RelationType.FUNDS, "宁波市经济和信息化局", "宁波沐辰传感科技有限公司")).isTrue();

        Extracted received = Extracted.from("宁波青禾智能研究院还获得宁波市市场监督管理局知识产权项目资助60万元。");
        assertThat(received.hasRelation(RelationType.FUNDS, "宁波市市场监督管理局", "宁波青禾智能研究院")).isTrue();

        Extracted support = Extracted.from("洛阳市工业和信息化局对洛阳岷山精工有限公司给予政策支持。");
        assertThat(support.hasRelation(RelationType.SUPPORTS, "洛阳市工业和信息化局", "洛阳岷山精工有限公司")).isTrue();
        assertThat(support.hasRelation(RelationType.FUNDS, "洛阳市工业和信息化局", "洛阳岷山精工有限公司")).isFalse();
    }

    @Test
    void a_giver_written_after_the_receiver_gives_it_the_aid() {
        Extracted x = Extracted.from("宁波市建成宁波星川中试服务平台。对该平台，宁波市科学技术局已按照新型研发机构政策给予运营补助500万元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "宁波市科学技术局", "宁波星川中试服务平台")).isTrue();

        Extracted listed = Extracted.from("洛阳市新认定洛阳沐辰检测服务平台和洛阳青禾数据服务平台。对上述平台，洛阳市发展和改革委员会给予建设补助。");
        assertThat(listed.hasRelation(RelationType.FUNDS, "洛阳市发展和改革委员会", "洛阳青禾数据服务平台")).isTrue();
    }

    @Test
    void money_handed_over_with_no_receiver_in_a_report_goes_to_what_the_report_is_about() {
        Extracted report = Extracted.from("宁波澜峰具身智能研究院2025年工作总结\n"
                + "宁波澜峰具身智能研究院全年新增发明专利40项。宁波澜峰具身智能研究院新建实验室3个。"
                + "宁波澜峰具身智能研究院与高校联合培养研究生。宁波市鄞州区科学技术局按共建协议拨付运营经费2,000万元。"
                + "共建单位宁波岱舟控股集团有限公司年内投入研发经费600万元。");
        assertThat(report.hasRelation(RelationType.FUNDS, "宁波市鄞州区科学技术局", "宁波澜峰具身智能研究院")).isTrue();
        assertThat(report.hasRelation(RelationType.FUNDS, "宁波岱舟控股集团有限公司", "宁波澜峰具身智能研究院")).isTrue();

        Extracted named = Extracted.from("宁波澜峰具身智能研究院全年新增发明专利40项。宁波澜峰具身智能研究院新建实验室3个。"
                + "宁波澜峰具身智能研究院与高校联合培养研究生。宁波市科学技术局向宁波星川机器人有限公司拨付专项资金300万元。");
        assertThat(named.hasRelation(RelationType.FUNDS, "宁波市科学技术局", "宁波澜峰具身智能研究院")).isFalse();
    }

    @Test
    void money_each_builder_puts_in_goes_to_what_the_sentence_builds() {
        Extracted x = Extracted.from("据了解，嵘峰具身智能研究院由江门市人民政府、五邑大学、泷澜机器人科技有限公司和皓汀智能装备有限公司四方共建，"
                + "总投入6亿元，其中江门市人民政府安排建设经费4亿元，泷澜机器人科技有限公司和皓汀智能装备有限公司分别出资1亿元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "江门市人民政府", "嵘峰具身智能研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "泷澜机器人科技有限公司", "嵘峰具身智能研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "皓汀智能装备有限公司", "嵘峰具身智能研究院")).isTrue();

        Extracted unbuilt = Extracted.from("嵘峰具身智能研究院今年新增专利20项，采用“事业单位+运营公司”的模式，"
                + "泷澜机器人科技有限公司和皓汀智能装备有限公司分别出资1亿元扩产。");
        assertThat(unbuilt.hasRelation(RelationType.FUNDS, "泷澜机器人科技有限公司", "嵘峰具身智能研究院")).isFalse();
        assertThat(unbuilt.allNames()).noneMatch(n -> n.contains("+"));
    }

    @Test
    void who_leads_a_round_funds_the_firm_that_raised_it() {
        Extracted x = Extracted.from("5月，星川机器人基金跟投洛阳沐辰灵巧手科技有限公司B轮融资6000万元，本轮由洛阳岷山资本管理有限公司领投。");
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳岷山资本管理有限公司", "洛阳沐辰灵巧手科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳岷山资本管理有限公司", "星川机器人基金")).isFalse();

        Extracted rounds = Extracted.from("宁波青禾机器人有限公司成立以来完成三轮融资。2023年的天使轮由澜峰创投基金领投；"
                + "2024年Pre-A轮由岱舟资本领投，沐辰电机跟投。");
        assertThat(rounds.hasRelation(RelationType.FUNDS, "岱舟资本", "澜峰创投基金")).isFalse();
        assertThat(rounds.hasRelation(RelationType.FUNDS, "沐辰电机", "澜峰创投基金")).isFalse();
    }

    @Test
    void an_investment_written_as_a_noun_over_a_list_funds_each_firm() {
        Extracted x = Extracted.from("澜峰智能制造基金总规模10亿元。截至目前，该基金已完成对宁波沐辰传感科技有限公司和宁波星川关节科技有限公司"
                + "两个项目的投资。");
        assertThat(x.hasRelation(RelationType.FUNDS, "澜峰智能制造基金", "宁波沐辰传感科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "澜峰智能制造基金", "宁波星川关节科技有限公司")).isTrue();
    }

    @Test
    void each_partner_an_announcement_lists_item_by_item_puts_money_into_its_fund() {
        Extracted x = Extracted.from("公司拟认缴出资1亿元，作为有限合伙人参与投资洛阳岷山机器人产业投资基金合伙企业（有限合伙）。\n"
                + "（三）其他有限合伙人\n"
                + "1、洛阳青禾投资发展有限公司，注册地址：洛阳市涧西区，系区属国有企业，本次认缴出资2亿元；\n"
                + "2、洛阳市产业发展母基金合伙企业（有限合伙），本次认缴出资1.5亿元；\n"
                + "3、洛阳沐辰电机有限公司，注册地址：洛阳市西工区，主营伺服电机的研发与制造，本次认缴出资0.5亿元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳青禾投资发展有限公司", "洛阳岷山机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳市产业发展母基金", "洛阳岷山机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳沐辰电机有限公司", "洛阳岷山机器人产业投资基金")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳沐辰电机有限公司", "伺服电机")).isTrue();
    }

    @Test
    void items_under_a_subject_put_its_money_where_they_say() {
        Extracted x = Extracted.from("宁波星川控股集团有限公司本次对外投资安排如下：\n"
                + "1. 认缴出资5000万元，投资洛阳岷山机器人产业投资基金合伙企业（有限合伙）；\n"
                + "2. 以自有资金增资宁波沐辰传感科技有限公司2000万元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "宁波星川控股集团有限公司", "宁波沐辰传感科技有限公司")).isTrue();
    }

    @Test
    void a_fund_called_by_a_word_of_its_name_is_that_fund() {
        Extracted x = Extracted.from("宁波澜峰天使投资基金成立于2024年，宁波星川产业基金成立于2023年。该天使基金已投资宁波沐辰触觉科技有限公司。");
        assertThat(x.hasRelation(RelationType.FUNDS, "宁波澜峰天使投资基金", "宁波沐辰触觉科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "宁波星川产业基金", "宁波沐辰触觉科技有限公司")).isFalse();
    }

    @Test
    void a_bare_group_is_the_group_company_named_before() {
        Extracted x = Extracted.from("洛阳岱舟产业投资集团有限公司是市属国企。今年，集团以有限合伙人身份认缴5亿元参与投资"
                + "洛阳青禾智能制造产业投资基金（有限合伙）。");
        assertThat(x.hasRelation(RelationType.FUNDS, "洛阳岱舟产业投资集团有限公司", "洛阳青禾智能制造产业投资基金")).isTrue();

        Extracted partner = Extracted.from("宁波星川控股集团有限公司主营精密制造。同年，集团与宁波澜峰大学签署战略合作协议。");
        assertThat(partner.hasRelation(RelationType.PARTNERS_WITH, "宁波星川控股集团有限公司", "宁波澜峰大学")).isTrue();
    }

    @Test
    void money_given_to_it_after_a_preposition_goes_to_the_organisation_the_sentence_before_opened_with() {
        Extracted x = Extracted.from("江西赣星机器人创新中心于2024年揭牌。南昌市科技局对其给予1200万元资助。");
        assertThat(x.hasRelation(RelationType.FUNDS, "南昌市科技局", "江西赣星机器人创新中心")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "南昌市科技局", "南昌市科技局")).isFalse();
    }

    @Test
    void partners_written_with_their_share_in_brackets_or_with_parties_of_no_name_put_money_in() {
        Extracted x = Extracted.from("赣江人形机器人零部件产业基金合伙企业（有限合伙）规模10亿元，出资人包括南昌青山投资集团有限公司（认缴3亿元，占比30%）"
                + "以及江西庐山电机股份有限公司（认缴2亿元，占比20%）。");
        assertThat(x.hasRelation(RelationType.FUNDS, "江西庐山电机股份有限公司", "赣江人形机器人零部件产业基金")).isTrue();

        Extracted y = Extracted.from("赣江机器人产业母基金总规模50亿元。该基金由江西省财政厅代表省政府出资20亿元，"
                + "其余资金由江西赣投资本运营有限公司和省内金融机构共同认缴。");
        assertThat(y.hasRelation(RelationType.FUNDS, "江西省财政厅", "赣江机器人产业母基金")).isTrue();
        assertThat(y.hasRelation(RelationType.FUNDS, "江西赣投资本运营有限公司", "赣江机器人产业母基金")).isTrue();
    }

    @Test
    void money_put_in_before_a_company_is_set_up_goes_into_that_company() {
        Extracted x = Extracted.from("南昌甲乙园区运营有限公司与九江乙丙投资开发有限公司按照51%、49%的比例共同出资，成立了南昌甲丙园区运营管理有限公司。");
        assertThat(x.hasRelation(RelationType.FUNDS, "南昌甲乙园区运营有限公司", "南昌甲丙园区运营管理有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "九江乙丙投资开发有限公司", "南昌甲丙园区运营管理有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "九江乙丙投资开发有限公司", "南昌甲丙园区运营管理有限公司")).isTrue();
    }

    @Test
    void the_investors_a_round_names_fund_the_firm_and_a_described_firm_is_the_object() {
        Extracted round = Extracted.from("南昌丁戊具身智能科技有限公司目前已完成天使轮融资3000万元，投资方为南昌青云具身智能创业投资基金。");
        assertThat(round.hasRelation(RelationType.FUNDS, "南昌青云具身智能创业投资基金", "南昌丁戊具身智能科技有限公司")).isTrue();
        assertThat(round.hasRelation(RelationType.FUNDS, "南昌丁戊具身智能科技有限公司", "南昌青云具身智能创业投资基金")).isFalse();

        Extracted partners = Extracted.from("苏州星河人形机器人产业投资基金规模10亿元，有限合伙人包括苏州甲丙投资有限公司和苏州乙丁控股有限公司，"
                + "主要投资已完成A轮融资的机器人企业。");
        assertThat(partners.hasRelation(RelationType.FUNDS, "苏州甲丙投资有限公司", "苏州星河人形机器人产业投资基金")).isTrue();

        Extracted described = Extracted.from("赣江具身智能创科基金去年底已投资另一家南昌灵巧手企业南昌己庚触觉科技有限公司。");
        assertThat(described.hasRelation(RelationType.FUNDS, "赣江具身智能创科基金", "南昌己庚触觉科技有限公司")).isTrue();
    }

    @Test
    void a_subsidiary_set_up_in_a_place_and_founders_written_with_a_count_of_unnamed_firms() {
        Extracted child = Extracted.from("中山子丑智能制造有限公司是深圳市寅卯人形机器人有限公司在中山设立的全资子公司。");
        assertThat(child.hasRelation(RelationType.FOUNDED, "深圳市寅卯人形机器人有限公司", "中山子丑智能制造有限公司")).isTrue();

        Extracted counted = Extracted.from("中山市甲乙具身智能产业协会成立于2023年。该协会由中山庚辛智能装备研究院和区内23家机器人企业共同发起。");
        assertThat(counted.hasRelation(RelationType.FOUNDED, "中山庚辛智能装备研究院", "中山市甲乙具身智能产业协会")).isTrue();
    }

    @Test
    void a_funds_letter_lists_its_new_investments_item_by_item_and_names_co_investors() {
        Extracted items = Extracted.from("苏州星河人形机器人产业投资基金（以下简称“本基金”）成立于2024年。"
                + "本季度，本基金新增投资项目2个：一是领投苏州甲乙灵巧科技有限公司A轮融资，投资金额3000万元。");
        assertThat(items.hasRelation(RelationType.FUNDS, "苏州星河人形机器人产业投资基金", "苏州甲乙灵巧科技有限公司")).isTrue();

        Extracted quarter = Extracted.from("苏州星河人形机器人产业投资基金2025年第三季度报告。本季度基金新增投资杭州寅卯机器人有限公司，"
                + "投资金额2000万元，同轮投资方还有杭州辰巳创业投资有限公司。");
        assertThat(quarter.hasRelation(RelationType.FUNDS, "苏州星河人形机器人产业投资基金", "杭州寅卯机器人有限公司")).isTrue();
        assertThat(quarter.hasRelation(RelationType.FUNDS, "杭州辰巳创业投资有限公司", "杭州寅卯机器人有限公司")).isTrue();
        assertThat(quarter.names(EntityLabel.Fund)).containsExactly("苏州星河人形机器人产业投资基金");
    }

    @Test
    void money_received_with_no_giver_named_comes_from_the_body_that_issued_the_list() {
        Extracted x = Extracted.from("深圳市工业和信息化局关于2025年机器人产业扶持计划拟资助项目的公示\n"
                + "深圳市午未机器人有限公司获得资助800万元。深圳申酉视觉科技有限公司获补助500万元。");
        assertThat(x.relation(RelationType.FUNDS, "深圳市工业和信息化局", "深圳申酉视觉科技有限公司").properties())
                .containsEntry("amountCny", 5_000_000L);
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市工业和信息化局", "深圳市午未机器人有限公司")).isTrue();
    }

    @Test
    void a_funds_letter_invests_for_this_fund_in_the_firm_of_each_item() {
        Extracted x = Extracted.from("""
                深圳岱宁人形机器人产业投资基金合伙企业（有限合伙）2025年第三季度致有限合伙人的信
                各位有限合伙人：
                本季度，深圳岱宁人形机器人产业投资基金完成两笔新投资，并参与一笔追加投资。以下为新增项目情况。
                1．佛山岳岭精密传动有限公司A轮。岳岭传动位于佛山市顺德区，主营谐波减速器。本轮融资总额2亿元，由本基金领投6,000万元，深圳市泓岸创业投资基金合伙企业（有限合伙）跟投。
                2．深圳禾感触觉科技有限公司天使轮。禾感触觉由某大学团队创办，专注电子皮肤。本基金独家投资2,000万元。
                3．深圳骁岳动力科技有限公司B轮。骁岳动力本轮由深圳市乾岭控股集团有限公司领投，本基金按比例追加投资4,000万元。
                """);
        String fund = "深圳岱宁人形机器人产业投资基金";
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "佛山岳岭精密传动有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "深圳禾感触觉科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, fund, "深圳骁岳动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市泓岸创业投资基金", fund)).isFalse(); // a co-investor, not a partner
    }

    @Test
    void capital_increases_holdings_and_subsidies_provided_are_money_put_in() {
        Extracted increase = Extracted.from("深圳鹏川产业投资基金规模30亿元。该基金已于10月以5亿元参与佛山岳屿机器人股份有限公司现金增资。");
        assertThat(increase.hasRelation(RelationType.FUNDS, "深圳鹏川产业投资基金", "佛山岳屿机器人股份有限公司")).isTrue();
        Extracted expanded = Extracted.from("深圳鹏川产业投资基金参与了东莞岭川伺服科技有限公司的增资扩股。");
        assertThat(expanded.hasRelation(RelationType.FUNDS, "深圳鹏川产业投资基金", "东莞岭川伺服科技有限公司")).isTrue();

        Extracted held = Extracted.from("学校通过全资设立的华南岳麓大学资产经营有限公司持有佛山松川智能科技有限公司12%股权。");
        assertThat(held.hasRelation(RelationType.FUNDS, "华南岳麓大学资产经营有限公司", "佛山松川智能科技有限公司")).isTrue();

        Extracted rent = Extracted.from("东莞松山湖高新技术产业开发区管理委员会将提供东莞岭川伺服科技有限公司前两年厂房租金补贴约600万元。");
        assertThat(rent.hasRelation(RelationType.FUNDS, "东莞松山湖高新技术产业开发区管理委员会", "东莞岭川伺服科技有限公司")).isTrue();
        Extracted subsidy = Extracted.from("东莞市科学技术局为东莞岭川伺服科技有限公司提供300万元研发补助。");
        assertThat(subsidy.hasRelation(RelationType.FUNDS, "东莞市科学技术局", "东莞岭川伺服科技有限公司")).isTrue();
        Extracted service = Extracted.from("东莞市科学技术局为东莞岭川伺服科技有限公司提供政策咨询服务。");
        assertThat(service.hasRelation(RelationType.FUNDS, "东莞市科学技术局", "东莞岭川伺服科技有限公司")).isFalse();
    }
}
