package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who put money into a fund or a round, and where organisations set up, when the wording names the
 * party only by a list, a round or a class noun; invented texts on the real pipeline.
 */
class MoneyAndPlaceFramesTest {

    @Test
    void the_partners_a_fund_text_lists_fund_the_fund_it_is_about() {
        Extracted listed = Extracted.from("株洲天元智造产业投资基金（有限合伙）近日完成备案。"
                + "有限合伙人包括株洲市产业发展母基金和湘江集团有限公司。");
        assertThat(listed.hasRelation(RelationType.FUNDS, "株洲市产业发展母基金", "株洲天元智造产业投资基金")).isTrue();
        assertThat(listed.hasRelation(RelationType.FUNDS, "湘江集团有限公司", "株洲天元智造产业投资基金")).isTrue();

        Extracted joined = Extracted.from("湘潭新材料产业投资基金成立。湘潭市产业投资母基金和湘潭高新集团有限公司参与出资。");
        assertThat(joined.hasRelation(RelationType.FUNDS, "湘潭高新集团有限公司", "湘潭新材料产业投资基金")).isTrue();

        Extracted serving = Extracted.from("醴陵陶瓷产业基金于今年设立，醴陵市国有资产经营有限公司担任有限合伙人。");
        assertThat(serving.hasRelation(RelationType.FUNDS, "醴陵市国有资产经营有限公司", "醴陵陶瓷产业基金")).isTrue();
    }

    @Test
    void investors_that_lead_or_follow_a_round_fund_the_company_that_raised_it() {
        Extracted same = Extracted.from("星城动力科技有限公司完成A轮融资2亿元，由株洲天元产业投资基金领投，湘江集团有限公司跟投。");
        assertThat(same.hasRelation(RelationType.FUNDS, "株洲天元产业投资基金", "星城动力科技有限公司")).isTrue();
        assertThat(same.hasRelation(RelationType.FUNDS, "湘江集团有限公司", "星城动力科技有限公司")).isTrue();

        Extracted next = Extracted.from("星城动力科技有限公司成立于2019年。今年3月，公司完成B轮融资，"
                + "株洲市产业发展母基金、湘潭高新集团有限公司跟投。");
        assertThat(next.hasRelation(RelationType.FUNDS, "湘潭高新集团有限公司", "星城动力科技有限公司")).isTrue();
    }

    @Test
    void a_list_of_firms_described_by_their_home_city_is_set_up_where_the_clause_says() {
        Extracted x = Extracted.from("株洲长沙产业协作示范区位于醴陵市。星城动力、湘江电机、岳麓精工等长沙企业已在示范区设立生产基地。");
        assertThat(x.hasRelation(RelationType.HOSTS, "醴陵市", "株洲长沙产业协作示范区")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲长沙产业协作示范区", "湘江电机")).isTrue();

        Extracted signed = Extracted.from("目前已有星城动力、湘江电机等8家长沙企业签约入驻株洲天元智造产业园。");
        assertThat(signed.hasRelation(RelationType.HOSTS, "株洲天元智造产业园", "湘江电机")).isTrue();
        assertThat(signed.hasRelation(RelationType.PARTNERS_WITH, "星城动力", "湘江电机")).isFalse();

        Extracted headquarters = Extracted.from("星城动力科技有限公司总部设在长沙岳麓区。");
        assertThat(headquarters.hasRelation(RelationType.HOSTS, "长沙市岳麓区", "星城动力科技有限公司")).isTrue();
    }

    @Test
    void a_party_described_by_its_city_or_trade_is_still_a_party() {
        Extracted signed = Extracted.from("湘江智能装备研究院去年成立。该研究院与株洲企业株洲星城精密制造有限公司签约，共建精密传感联合实验室。");
        assertThat(signed.hasRelation(RelationType.PARTNERS_WITH, "湘江智能装备研究院", "株洲星城精密制造有限公司")).isTrue();
        assertThat(signed.hasRelation(RelationType.FOUNDED, "湘江智能装备研究院", "精密传感联合实验室")).isTrue();

        Extracted built = Extracted.from("湖南大学与长沙半导体企业长沙芯源微电子有限公司共建的功率半导体联合实验室已投入运行。");
        assertThat(built.hasRelation(RelationType.PARTNERS_WITH, "湖南大学", "长沙芯源微电子有限公司")).isTrue();
    }

    @Test
    void the_park_a_text_is_about_takes_in_and_approaches_firms_without_being_named_again() {
        Extracted x = Extracted.from("在醴陵市，株洲长沙产业协作示范区一期已完成主体建设。园区主动对接星城动力、湘江电机等长沙龙头企业，"
                + "承接其配套产能，目前已有岳麓精工、麓谷光电等12家长沙企业签约入园。");
        assertThat(x.hasRelation(RelationType.HOSTS, "醴陵市", "株洲长沙产业协作示范区")).isTrue();
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "株洲长沙产业协作示范区", "湘江电机")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲长沙产业协作示范区", "麓谷光电")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲长沙产业协作示范区", "湘江电机")).isFalse();

        Extracted institute = Extracted.from("在岳麓区，湘江智能装备研究院去年建成中试线。在株洲，政府支持企业发展。");
        assertThat(institute.hasRelation(RelationType.HOSTS, "长沙市岳麓区", "湘江智能装备研究院")).isTrue();
    }

    @Test
    void a_place_that_describes_a_firm_hosts_it() {
        Extracted x = Extracted.from("关节电机由株洲的专精特新“小巨人”企业星城动力科技有限公司配套。"
                + "长沙的老牌龙头企业长沙华瓷新材料股份有限公司参加了展会。");
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲市", "星城动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "长沙市", "长沙华瓷新材料股份有限公司")).isTrue();
    }

    @Test
    void a_park_named_after_a_place_of_the_text_is_in_it_but_one_named_after_two_places_or_a_citys_enclave_is_not() {
        Extracted x = Extracted.from("天元区今年规划建设天元智造谷。株洲市雷打石镇的雷打石陶瓷产业园已投产。"
                + "天元区与醴陵市共建天元—醴陵协作产业园。株洲市还在长沙建设株洲科创飞地。");
        assertThat(x.hasRelation(RelationType.HOSTS, "株洲市天元区", "天元智造谷")).isTrue();
        assertThat(x.extraction.relations()).anyMatch(r -> r.type() == RelationType.HOSTS
                && r.target().endsWith(":雷打石陶瓷产业园") && r.method().equals("rule:park-named-after-place"));
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:park-named-after-place")
                && (r.target().endsWith(":天元—醴陵协作产业园") || r.target().endsWith(":株洲科创飞地")));

        Extracted city = Extracted.from("湘潭市加快建设湘潭智能装备产业园。上海市与湘潭市合作，上海证券交易所湘潭服务基地揭牌。");
        assertThat(city.hasRelation(RelationType.HOSTS, "湘潭市", "湘潭智能装备产业园")).isTrue();
        assertThat(city.names(EntityLabel.Park)).contains("上海证券交易所湘潭服务基地");
        assertThat(city.hasRelation(RelationType.HOSTS, "上海市", "上海证券交易所湘潭服务基地")).isFalse();
    }

    @Test
    void a_fund_named_after_a_district_of_its_city_is_the_districts() {
        Extracted x = Extracted.from("宁波市鄞州区人民政府审议通过宁波市鄞州区天使投资母基金的设立方案。宁波市另设智能制造基金。");
        assertThat(x.hasRelation(RelationType.HOSTS, "宁波市鄞州区", "宁波市鄞州区天使投资母基金")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "宁波市", "宁波市鄞州区天使投资母基金")).isFalse();
    }

    @Test
    void firms_a_city_report_says_were_brought_in_are_in_that_city() {
        Extracted report = Extracted.from("株洲市人民政府工作报告\n\n过去一年，全市工业增长7%，株洲市储能产业从无到有。"
                + "全年引进星城动力、湘江电机等储能企业，以及岳麓精工等配套企业共20家。");
        assertThat(report.hasRelation(RelationType.HOSTS, "株洲市", "湘江电机")).isTrue();

        Extracted study = Extracted.from("储能产业研究报告\n\n储能产业发展迅速，引进星城动力等企业成为各地的选择。");
        assertThat(study.extraction.relations()).noneMatch(r -> r.type() == RelationType.HOSTS && r.target().endsWith(":星城动力"));
    }

    @Test
    void a_firm_located_in_a_district_s_park_is_hosted_by_the_park() {
        Extracted x = Extracted.from("星城动力科技有限公司的研发总部位于长沙市岳麓区的麓谷科创城。湘江电机科技有限公司总部设在株洲市天元区的天元智造谷。");
        assertThat(x.extraction.relations()).anyMatch(r -> r.method().equals("verb:locate")
                && r.source().endsWith(":麓谷科创城") && r.target().endsWith(":星城动力科技有限公司"));
        assertThat(x.extraction.relations()).anyMatch(r -> r.method().equals("verb:locate")
                && r.source().endsWith(":天元智造谷") && r.target().endsWith(":湘江电机科技有限公司"));
    }

    @Test
    void a_later_phase_of_a_fund_is_that_fund_and_its_portfolio_firms_are_funded_by_it() {
        Extracted x = Extracted.from("由岷山创业投资管理有限公司管理的澜峰智能机器人创投基金，第一期规模12亿元已投资完毕，"
                + "投资组合包括星川科技有限公司、沐辰智能科技有限公司等8家企业。第二期基金目标规模20亿元，"
                + "有限合伙人包括青禾精密股份有限公司和澜峰开发投资有限公司。");
        assertThat(x.allNames()).doesNotContain("第二期基金");
        assertThat(x.hasRelation(RelationType.FUNDS, "青禾精密股份有限公司", "澜峰智能机器人创投基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "澜峰开发投资有限公司", "澜峰智能机器人创投基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "澜峰智能机器人创投基金", "星川科技有限公司")).isTrue();
    }

    @Test
    void a_fund_manager_is_read_from_the_ways_announcements_name_it() {
        Extracted entrusted = Extracted.from("澜峰智能产业基金规模10亿元，委托青禾私募基金管理有限公司管理。");
        assertThat(entrusted.hasRelation(RelationType.MANAGES, "青禾私募基金管理有限公司", "澜峰智能产业基金")).isTrue();
        Extracted partner = Extracted.from("沐辰具身智能基金的执行事务合伙人及基金管理人为青禾私募基金管理有限公司。");
        assertThat(partner.hasRelation(RelationType.MANAGES, "青禾私募基金管理有限公司", "沐辰具身智能基金")).isTrue();
        Extracted general = Extracted.from("岷山机器人天使基金的普通合伙人为星川创业投资管理有限公司。");
        assertThat(general.hasRelation(RelationType.MANAGES, "星川创业投资管理有限公司", "岷山机器人天使基金")).isTrue();
        Extracted field = Extracted.from("澜峰智能产业基金，管理人：青禾私募基金管理有限公司。");
        assertThat(field.hasRelation(RelationType.MANAGES, "青禾私募基金管理有限公司", "澜峰智能产业基金")).isTrue();
    }
}
