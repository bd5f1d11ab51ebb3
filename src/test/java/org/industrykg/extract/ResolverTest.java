package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Resolution to canonical entities (DESIGN.md §4). */
class ResolverTest {

    private static final String LETTERHEAD = "株洲市工业和信息化局\n\n株工信函〔2024〕12号\n\n";

    @Test
    void schools_of_one_city_whose_names_differ_by_words_between_are_different_schools() {
        Extracted x = Extracted.from("江门市曦岙精密模具有限公司与肇庆大学合作，江门市汐语照明科技有限公司与肇庆技术大学合作，"
                + "江门市琮岳机器人有限公司与肇庆职业技术大学合作。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("肇庆大学", "肇庆技术大学", "肇庆职业技术大学");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "江门市曦岙精密模具有限公司", "肇庆大学")).isTrue();

        Extracted abbreviated = Extracted.from("肇庆技术大学与江门市曦岙精密模具有限公司共建联合实验室。肇技大还将派驻团队。");
        assertThat(abbreviated.names(EntityLabel.ResearchInstitute)).contains("肇庆技术大学").doesNotContain("肇技大");
    }

    @Test
    void a_brand_that_a_parent_and_its_subsidiary_share_is_the_one_s_the_text_names_first() {
        Extracted x = Extracted.from("深圳栖岚智能装备有限公司以全资子公司江门栖岚智能制造有限公司为主体投资。栖岚智能、曦岙电子等企业来自深圳。");
        assertThat(x.entity("江门栖岚智能制造有限公司").orElseThrow().aliases()).doesNotContain("栖岚智能");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "江门栖岚智能制造有限公司")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市", "深圳栖岚智能装备有限公司")).isTrue();

        Extracted child = Extracted.from("江门栖岚精密制造有限公司是深圳栖岚精密科技有限公司的全资子公司。栖岚精密今年扩产。");
        assertThat(child.entity("江门栖岚精密制造有限公司").orElseThrow().aliases()).contains("栖岚精密");
    }

    @Test
    void a_town_is_read_inside_the_narrowest_place_the_text_names() {
        Extracted x = Extracted.from("广东省将支持东莞市发展机器人产业。东莞市长安镇的交椅湾科创岛已进驻企业21家。");
        assertThat(x.names(EntityLabel.City)).contains("东莞市长安镇").noneMatch(name -> name.startsWith("肇庆市"));
    }

    @Test
    void a_report_without_issuer_that_speaks_of_the_whole_city_is_about_the_city_it_names_first() {
        Extracted x = Extracted.from("政府工作报告\n——2026年1月10日在株洲市第十六届人民代表大会第五次会议上\n\n"
                + "过去一年，全市地区生产总值增长5.1%。市科技局新建企业技术中心12个。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("株洲市科技局");

        Extracted news = Extracted.from("株洲航空产业园近日开园。市科技局有关负责人出席。");
        assertThat(news.names(EntityLabel.GovernmentAgency)).doesNotContain("株洲市科技局");
    }

    @Test
    void a_text_about_its_own_city_without_a_letterhead_takes_the_city_its_title_s_policy_names() {
        Extracted x = Extracted.from("《江门市加快机器人产业发展若干措施》政策解读\n\n近日，江门市人民政府印发若干措施。"
                + "对机器人企业在我市设立生产基地的给予奖励。市工业和信息化局已与深圳市工业和信息化局签订合作备忘录。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("江门市工业和信息化局").doesNotContain("市工业和信息化局");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "江门市工业和信息化局", "深圳市工业和信息化局")).isTrue();
    }

    @Test
    void resolves_city_relative_bureau_to_issuing_city() {
        Extracted x = Extracted.from(LETTERHEAD + "经商市财政局、科技局，现答复如下。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("株洲市财政局", "株洲市科技局");
        assertThat(x.entity("株洲市财政局").orElseThrow().aliases()).contains("市财政局");
    }

    @Test
    void short_and_full_forms_of_a_bureau_are_one_entity() {
        Extracted x = Extracted.from(LETTERHEAD + "市工业和信息化局牵头研究。市工信局将会同有关部门落实。");
        var bureau = x.entity("株洲市工业和信息化局").orElseThrow();
        assertThat(bureau.aliases()).contains("市工业和信息化局", "市工信局");
        assertThat(x.names(EntityLabel.GovernmentAgency)).doesNotContain("株洲市工信局");
    }

    @Test
    void city_with_and_without_suffix_is_one_city() {
        Extracted x = Extracted.from("株洲是动力之都。株洲市加快发展轨道交通装备。");
        assertThat(x.names(EntityLabel.City)).containsExactly("株洲市");
        assertThat(x.entity("株洲市").orElseThrow().aliases()).contains("株洲", "株洲市");
    }

    @Test
    void declared_abbreviation_becomes_an_alias_of_the_full_name() {
        Extracted x = Extracted.from("湖南省低空经济产业联盟（以下简称“产业联盟”）成立。产业联盟将组织对接活动。");
        var alliance = x.entity("湖南省低空经济产业联盟").orElseThrow();
        assertThat(alliance.aliases()).contains("产业联盟");
    }

    @Test
    void implicit_abbreviation_resolves_to_the_full_name_introduced_before() {
        Extracted x = Extracted.from("湖南中南智能装备研究院正式揭牌。今年中南装院已孵化企业五家。");
        var institute = x.entity("湖南中南智能装备研究院").orElseThrow();
        assertThat(institute.aliases()).contains("中南装院");
        assertThat(x.names(EntityLabel.ResearchInstitute)).containsExactly("湖南中南智能装备研究院");
    }

    @Test
    void names_known_from_the_graph_resolve_short_mentions_in_a_new_document() {
        KnownNames known = new KnownNames(java.util.Map.of("星翼航空",
                new KnownNames.Known(EntityLabel.Enterprise, "湖南星翼航空科技有限公司")));
        Extracted x = Extracted.from("今年星翼航空新增两条产线。", known);
        var enterprise = x.entity("湖南星翼航空科技有限公司").orElseThrow();
        assertThat(enterprise.aliases()).contains("星翼航空");
        assertThat(Extracted.from("今年星翼航空新增两条产线。").entity("湖南星翼航空科技有限公司")).isEmpty();
    }

    @Test
    void abbreviation_test_needs_same_ending_and_characters_in_order() {
        assertThat(Resolver.isAbbreviationOf("药创院", "中科中山药物创新研究院")).isTrue();
        assertThat(Resolver.isAbbreviationOf("创药院", "中科中山药物创新研究院")).isFalse();
        assertThat(Resolver.isAbbreviationOf("药创所", "中科中山药物创新研究院")).isFalse();
    }

    @Test
    void national_bodies_keep_their_level_and_provincial_departments_go_to_the_province() {
        Extracted x = Extracted.from(LETTERHEAD + "我局将积极争取工业和信息化部、国家发展改革委支持，并报请科学技术厅立项。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("工业和信息化部", "湖南省科学技术厅")
                .noneMatch(n -> n.startsWith("株洲市工业和信息化部") || n.startsWith("株洲市国家"));
    }

    @Test
    void the_city_government_written_without_its_city_is_the_issuing_city_government() {
        Extracted x = Extracted.from(LETTERHEAD + "市政府高度重视低空经济发展。");
        assertThat(x.entity("市政府").orElseThrow().name()).isEqualTo("株洲市人民政府");
        Extracted anonymous = Extracted.from("市政府高度重视低空经济发展。");
        assertThat(anonymous.names(EntityLabel.GovernmentAgency)).isEmpty();
    }

    @Test
    void districts_and_towns_are_named_with_their_city() {
        Extracted x = Extracted.from("深圳市加快建设。南山区和龙华区的企业落户中山市三角镇。");
        assertThat(x.entity("南山区").orElseThrow().name()).isEqualTo("深圳市南山区");
        assertThat(x.entity("三角镇").orElseThrow().name()).isEqualTo("中山市三角镇");
    }

    @Test
    void a_zones_short_name_written_after_its_place_is_the_zone() {
        Extracted x = Extracted.from("中山甲乙高技术产业开发区（以下简称“甲乙开发区”）是全市机器人产业的主要承载地。"
                + "中山甲乙开发区今年引进项目12个。中山市甲乙开发区新落户企业8家。");
        assertThat(x.names(EntityLabel.Park)).containsExactly("中山甲乙高技术产业开发区");
        assertThat(x.entity("中山市甲乙开发区")).get().extracting(ExtractedEntity::name).isEqualTo("中山甲乙高技术产业开发区");

        Extracted two = Extracted.from("深圳市人形机器人产业协会与深圳市机器人协会签署合作协议。");
        assertThat(two.names(EntityLabel.Association)).hasSize(2);
    }

    @Test
    void a_firms_brand_and_last_trade_word_name_it() {
        Extracted x = Extracted.from("佛山岳岭精密传动有限公司完成A轮融资。岳岭传动位于佛山市顺德区，主营谐波减速器。");
        assertThat(x.entity("岳岭传动")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("佛山岳岭精密传动有限公司"));
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "佛山岳岭精密传动有限公司", "谐波减速器")).isTrue();
    }

    @Test
    void a_coined_brand_the_tagger_reads_as_a_verb_stays_in_the_funds_name() {
        Extracted x = Extracted.from("南头镇发起设立中山南头鸿川具身机器人产业投资基金。本季度深圳岱宗人形机器人产业投资基金新增投资。");
        assertThat(x.names(EntityLabel.Fund)).contains("中山南头鸿川具身机器人产业投资基金", "深圳岱宗人形机器人产业投资基金");
        assertThat(Extracted.from("深圳发布机器人产业基金。").names(EntityLabel.Fund)).doesNotContain("深圳发布机器人产业基金");
    }

    @Test
    void a_name_declared_for_one_company_stays_its_own_when_another_company_shortens_the_same_way() {
        Extracted x = Extracted.from("深圳市渚川新能源科技有限公司（以下简称“渚川新能源”）在江门设厂。"
                + "项目公司江门渚川新能源有限公司今年投产。渚川新能源还与江门市人民政府签约。");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "深圳市渚川新能源科技有限公司", "江门市人民政府")).isTrue();
    }

    @Test
    void a_short_form_in_a_bare_bracket_or_in_corner_quotes_is_declared() {
        Extracted bare = Extracted.from("澄屿科技大学（澄科大）与江门市渚川机器人有限公司签约。澄科大将派出教授团队。");
        assertThat(bare.entity("澄科大")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("澄屿科技大学"));
        Extracted corner = Extracted.from("香港澈嶺機器人有限公司（下稱「澈嶺機器人」）今年量產。澈嶺機器人總部位於沙田。");
        assertThat(corner.entity("澈岭机器人")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("香港澈岭机器人有限公司"));
        Extracted place = Extracted.from("雁汀智能研究院（江门）今年揭牌。");
        assertThat(place.extraction.entities()).noneMatch(e -> e.label() == EntityLabel.ResearchInstitute && e.aliases().contains("江门"));
    }

    @Test
    void a_park_named_after_its_city_is_also_known_by_the_rest_of_its_name() {
        Extracted x = Extracted.from("澄屿机器人产业园位于珠海市横琴新区，由横琴新区管委会建设。");
        assertThat(x.entity("横琴新区")).isPresent();
        assertThat(Extracted.from("项目落户江门市高新区。").entity("高新区")).isEmpty();
    }

    @Test
    void a_guessed_list_item_that_wraps_a_declared_short_name_is_that_name() {
        Extracted x = Extracted.from("雁汀工业大学（以下简称“雁工”）与澄屿科学技术学院（简称“澄科院”）今年多次合作。"
                + "会上，由雁工、华南理工大学和澄科院联合区内22家企业共同发起的江门市机器人产学研创新联盟宣告成立。");
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("由") || n.contains("联合区内"));
        assertThat(x.hasRelation(RelationType.FOUNDED, "雁汀工业大学", "江门市机器人产学研创新联盟")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "澄屿科学技术学院", "江门市机器人产学研创新联盟")).isTrue();
        // a guessed name that declares its own short form keeps it
        Extracted own = Extracted.from("园区今年引进渚川航空（以下简称“渚川”）、澈岭智能等企业。渚川今年投产。");
        assertThat(own.allNames()).contains("渚川航空");
    }
}
