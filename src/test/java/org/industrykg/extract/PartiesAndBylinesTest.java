package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Parties and places that a text states by its layout or by a verb glued to a name: the parties a signing line lists,
 * a portfolio card's fields under a name line, a register's entries that open with 核准, a fund launched with 联合发起,
 * a firm written as its city and trade name, a manager under a group (旗下), a zone's committee named with its city's
 * short name, and bylines with a postcode. Invented texts on the real pipeline.
 */
class PartiesAndBylinesTest {

    @Test
    void the_parties_a_signing_line_lists_are_partners_of_each_other() {
        Extracted x = Extracted.from("五、项目集中签约\n"
                + "第一组：整机生产基地项目。\n"
                + "签约双方：深圳市盨簠机器人科技有限公司、中山市人民政府南朗街道办事处。\n"
                + "第二组：产业基金设立协议。\n"
                + "签约三方：深圳市钫鼒产业投资集团有限公司、中山市簠盨实业投资有限公司、深圳市鼒钫私募股权投资基金管理有限公司。\n");
        assertThat(x.partners("深圳市盨簠机器人科技有限公司", "中山市人民政府南朗街道办事处")).isTrue();
        assertThat(x.partners("深圳市钫鼒产业投资集团有限公司", "中山市簠盨实业投资有限公司")).isTrue();
        assertThat(x.partners("深圳市钫鼒产业投资集团有限公司", "深圳市鼒钫私募股权投资基金管理有限公司")).isTrue();
        assertThat(x.partners("中山市簠盨实业投资有限公司", "深圳市鼒钫私募股权投资基金管理有限公司")).isTrue();
        // one group's party is not the next group's; an item heading is no name
        assertThat(x.partners("深圳市盨簠机器人科技有限公司", "中山市簠盨实业投资有限公司")).isFalse();
        assertThat(x.allNames()).doesNotContain("第一组", "第二组");
    }

    @Test
    void a_signing_line_that_goes_on_after_its_names_is_no_list_of_parties() {
        Extracted x = Extracted.from("签约双方：深圳市盨簠机器人科技有限公司将于下月与中山市钫鼒电机有限公司另行商定细节。\n"
                + "出席单位：深圳市簠鼒传感技术有限公司、中山市鼒盨模具有限公司。\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市簠鼒传感技术有限公司", "中山市鼒盨模具有限公司")).isFalse();
        assertThat(x.extraction.relations().stream().anyMatch(r -> r.method().equals("rule:signing-list"))).isFalse();
    }

    @Test
    void a_portfolio_cards_description_label_is_no_name_and_its_fields_speak_of_the_cards_firm() {
        Extracted x = Extracted.from("投资组合 / PORTFOLIO\n\n————————————————————\n"
                + "[logo: 盨簠机器人]\n"
                + "盨簠机器人｜深圳盨簠机器人科技有限公司\n"
                + "一句话介绍：全尺寸通用人形机器人整机研发商。\n"
                + "赛道：#灵巧手 #具身智能\n"
                + "投资主体：钫鼒人形机器人一期基金\n"
                + "联合投资方：簠鼒资本、鼒钫创投\n"
                + "所在地：深圳·南山\n"
                + "查看详情 >\n");
        assertThat(x.allNames()).doesNotContain("一句话介绍");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "钫鼒人形机器人一期基金", "深圳盨簠机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "簠鼒资本", "深圳盨簠机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "鼒钫创投", "深圳盨簠机器人科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳盨簠机器人科技有限公司", "灵巧手")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳盨簠机器人科技有限公司", "人形机器人")).isTrue(); // …研发商
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳盨簠机器人科技有限公司")).isTrue();
        // the co-investors put money into the firm, not into the fund named in the field above them
        assertThat(x.hasRelation(RelationType.FUNDS, "簠鼒资本", "钫鼒人形机器人一期基金")).isFalse();
    }

    @Test
    void a_verb_glued_to_a_name_is_no_part_of_it() {
        Extracted x = Extracted.from("（七）核准盨簠材料股份有限公司以美金1,500万元增资苏州盨簠新材料有限公司。\n"
                + "（八）批准钫鼒电机股份有限公司以美金800万元增资中山钫鼒电子有限公司。\n"
                + "深圳市簠盨资本控股集团有限公司与中山市簠钫投资控股有限公司联合发起深中盨钫具身智能产业并购基金，目标规模50亿元。\n");
        assertThat(x.label("盨簠材料股份有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("钫鼒电机股份有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("核准") || n.startsWith("批准") || n.startsWith("发起"));
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "盨簠材料股份有限公司", "苏州盨簠新材料有限公司")).isTrue();
        assertThat(x.label("深中盨钫具身智能产业并购基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市簠盨资本控股集团有限公司", "深中盨钫具身智能产业并购基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市簠钫投资控股有限公司", "深中盨钫具身智能产业并购基金")).isTrue();
    }

    @Test
    void a_firm_written_as_its_city_and_trade_name_is_the_same_firm() {
        Extracted x = Extracted.from("本月核准案件中，深圳盨簠精密电子有限公司获增资1200万美元。深圳盨簠厂区坐落于深圳市宝安区福海街道。"
                + "另有中山钫鼒电子有限公司扩产，中山钫鼒设立于中山市小榄镇。");
        assertThat(x.entity("深圳盨簠").map(ExtractedEntity::name)).contains("深圳盨簠精密电子有限公司");
        assertThat(x.entity("中山钫鼒").map(ExtractedEntity::name)).contains("中山钫鼒电子有限公司");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山钫鼒电子有限公司")).isTrue();
        // a firm whose name opens with a trade word, or with a town's name, has no such short form
        Extracted generic = Extracted.from("深圳市智能装备有限公司成立。深圳智能产业持续增长。");
        assertThat(generic.entity("深圳智能")).isEmpty();
        Extracted town = Extracted.from("中山小榄产业投资发展有限公司出资设立基金。电子皮肤生产线已签约落户中山小榄。");
        assertThat(town.entity("中山小榄").map(ExtractedEntity::label)).isNotEqualTo(java.util.Optional.of(EntityLabel.Enterprise));
    }

    @Test
    void the_manager_under_a_group_manages_the_fund_not_the_group() {
        Extracted x = Extracted.from("中山市盨簠具身智能产业母基金（以下简称“母基金”）已完成工商登记，总规模20亿元，"
                + "由中山市簠鼒投资控股有限公司旗下中山钫盨私募基金管理有限公司管理。");
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "中山钫盨私募基金管理有限公司", "中山市盨簠具身智能产业母基金")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.MANAGES, "中山市簠鼒投资控股有限公司", "中山市盨簠具身智能产业母基金")).isFalse();
    }

    @Test
    void a_zones_committee_named_with_its_citys_short_name_is_part_of_the_zone() {
        Extracted zone = Extracted.from("中山翠亨新区管理委员会与深圳市盨簠科技有限公司签约。项目位于中山市翠亨新区。");
        assertThat(zone.hasRuleRelation(RelationType.PART_OF, "中山翠亨新区管理委员会", "中山市翠亨新区")).isTrue();
        // with no zone named, the city is not what the committee belongs to
        Extracted alone = Extracted.from("评估核准单位：中山翠亨新区管理委员会");
        assertThat(alone.hasRelation(RelationType.PART_OF, "中山翠亨新区管理委员会", "中山市")).isFalse();
    }

    @Test
    void a_byline_with_a_postcode_places_each_organisation_in_its_city() {
        Extracted x = Extracted.from("作者单位：\n"
                + "（1. 中山盨簠智能装备研究院，广东 中山 528437；\n"
                + "2. 深圳市钫鼒传感技术有限公司，深圳 518110）\n"
                + "项目总投资528437万元，由中山簠鼒电器有限公司承担，2024年完成。\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市", "中山盨簠智能装备研究院")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "深圳市钫鼒传感技术有限公司")).isTrue();
        // a sum of money is no postcode, and a firm with no byline gets no place from one
        assertThat(x.extraction.relations().stream()
                .filter(r -> r.method().equals("rule:affiliation-postcode"))
                .noneMatch(r -> r.target().endsWith("中山簠鼒电器有限公司"))).isTrue();
    }

    @Test
    void a_shareholder_table_funds_the_company_the_text_declares_as_its_subject() {
        Extracted x = Extracted.from("一、标的企业基本情况\n"
                + "标的企业名称：中山盨簠智能装备有限公司（以下简称“盨簠装备”或“标的企业”）\n"
                + "住所：广东省中山市翠亨新区\n\n"
                + "（一）股权结构\n"
                + "序号｜股东名称｜出资额（万元）｜持股比例\n"
                + "1｜深圳市盨簠科技集团有限公司｜9,000.00｜45.00%\n"
                + "2｜深圳钫鼒人形机器人创业投资合伙企业（有限合伙）｜1,000.00｜5.00%\n"
                + "注：深圳钫鼒人形机器人创业投资合伙企业（有限合伙）于2023年增资入股。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳市盨簠科技集团有限公司", "中山盨簠智能装备有限公司")).isTrue();
        // a shareholder named in the table is a shareholder of the company, not of the fund among them
        assertThat(x.hasRelation(RelationType.FUNDS, "深圳市盨簠科技集团有限公司", "深圳钫鼒人形机器人创业投资合伙企业（有限合伙）")).isFalse();
        assertThat(x.allNames()).doesNotContain("标的企业");
    }

    @Test
    void those_a_placement_went_to_fund_the_issuer_and_a_numbered_products_name_keeps_its_words() {
        Extracted x = Extracted.from("深圳市簠鼒智能科技股份有限公司（以下简称“发行人”）向特定对象发行股票发行情况报告书\n"
                + "四、发行对象及获配情况\n"
                + "序号｜发行对象名称｜获配股数（股）｜获配金额（元）\n"
                + "1｜深圳盨钫控股有限公司｜5,769,230｜149,999,980.00\n"
                + "2｜深圳市钫盨私募证券基金管理有限公司－钫盨价值成长1号私募证券投资基金｜3,076,923｜79,999,998.00\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳盨钫控股有限公司", "深圳市簠鼒智能科技股份有限公司")).isTrue();
        assertThat(x.label("钫盨价值成长1号私募证券投资基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.allNames()).doesNotContain("号私募证券投资基金");
    }

    @Test
    void a_firms_city_and_trade_name_that_begins_another_name_breaks_nothing() {
        Extracted x = Extracted.from("由深圳市前海盨簠私募股权基金管理有限公司担任管理人的基金完成关账，"
                + "有限合伙人包括深圳前海簠钫投资控股有限公司。深圳前海簠钫投资控股有限公司另行出资。");
        assertThat(x.label("深圳前海簠钫投资控股有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("深圳市前海盨簠私募股权基金管理有限公司")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_rosters_table_rows_name_its_members_in_their_first_cell() {
        Extracted x = Extracted.from("附件：深中盨簠机器人产学研协同创新联盟首批成员单位名单\n\n"
                + "序号　单位名称　　　　　　　　　　单位类别　　所在地　　　　　联盟职务　　备注\n"
                + "１　深圳市簠钫机器人有限公司　　　企业　　　　深圳市龙岗区　　理事长单位　　整机\n"
                + "２　深圳大学　　　　　　　　　　　高校　　　　深圳市南山区　　副理事长单位\n"
                + "12　中山市鼒盨电机股份有限公司　　企业　　　　中山市大涌镇　　成员单位　　中山市钫簠模具有限公司的客户\n"
                + "\n（共3家，排名不分先后）\n");
        String alliance = "深中盨簠机器人产学研协同创新联盟";
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳市簠钫机器人有限公司", alliance)).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", alliance)).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "中山市鼒盨电机股份有限公司", alliance)).isTrue();
        // a name in a row's remark is no member
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "中山市钫簠模具有限公司", alliance)).isFalse();
    }

    @Test
    void a_rows_town_hosts_the_park_of_its_park_column() {
        Extracted x = Extracted.from("二、配租名单（按用人单位）\n\n"
                + "序号　用人单位　所属产业　所在园区　所在镇街　配租套数\n"
                + "1　中山市盨簠智能家电有限公司　智能家电　钫鼒智能家电产业园　东凤镇　12\n"
                + "2　中山钫鼒精密电机有限公司　微特电机　簠盨精密产业园　南头镇　6\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "钫鼒智能家电产业园", "中山市盨簠智能家电有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市东凤镇", "钫鼒智能家电产业园")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "簠盨精密产业园")).isTrue();
        // one row's town is not another row's park's
        assertThat(x.hasRelation(RelationType.HOSTS, "中山市南头镇", "钫鼒智能家电产业园")).isFalse();
    }

    @Test
    void an_investment_through_a_vehicle_is_the_investors_and_the_vehicles() {
        Extracted x = Extracted.from("（一）核准盨簠精密股份有限公司（以下简称盨簠精密）经由萨摩亚商盨簠国际控股有限公司，"
                + "以美金1,200万元增资深圳盨簠精密电子有限公司，从事伺服马达之制造业务。\n"
                + "（二）核准钫鼒机电股份有限公司经由其大陆子公司深圳钫鼒自动化设备有限公司，以人民币6,000万元转投资，"
                + "在中山市坦洲镇设立中山钫鼒智能装备有限公司。\n"
                + "（三）鼒簠电子股份有限公司通过展会结识深圳簠盨传感有限公司，双方洽谈合作。\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "盨簠精密股份有限公司", "深圳盨簠精密电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "萨摩亚商盨簠国际控股有限公司", "深圳盨簠精密电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "钫鼒机电股份有限公司", "中山钫鼒智能装备有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳钫鼒自动化设备有限公司", "中山钫鼒智能装备有限公司")).isTrue();
        // meeting through something invests in nothing
        assertThat(x.extraction.relations().stream().filter(r -> r.method().equals("rule:invests-through"))
                .noneMatch(r -> r.target().endsWith("深圳簠盨传感有限公司"))).isTrue();
    }
}
