package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where names begin when the segmenter or the wording gets in the way, and what a notice that
 * issues a policy says about it; invented texts on the real pipeline.
 */
class NameEdgeRulesTest {

    @Test
    void the_company_that_operates_a_park_or_manages_a_fund_keeps_the_park_or_fund_in_its_name() {
        Extracted x = Extracted.from("湘潭市九华产业园区运营有限公司负责园区招商。"
                + "株洲市天元区引导基金投资管理有限公司作为有限合伙人出资。"
                + "醴陵市陶瓷产业基金管理有限公司担任基金管理人。");
        assertThat(x.label("湘潭市九华产业园区运营有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("株洲市天元区引导基金投资管理有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.label("醴陵市陶瓷产业基金管理有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.allNames()).doesNotContain("株洲市天元区引导基金", "管理有限公司", "运营有限公司");
    }

    @Test
    void a_place_whose_first_character_the_segmenter_cut_off_still_starts_the_name() {
        Extracted x = Extracted.from("年内在长沙设立中山湾区智能传感研究院长沙研发中心。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("中山湾区智能传感研究院长沙研发中心");
    }

    @Test
    void an_office_stationed_in_another_place_is_one_agency_name() {
        Extracted x = Extracted.from("我市在长沙市岳麓区设立株洲市驻长沙招商联络处。醴陵市驻深圳办事处组织了推介会。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("株洲市驻长沙招商联络处", "醴陵市驻深圳办事处");
    }

    @Test
    void a_fund_registered_as_a_partnership_keeps_its_legal_form_as_an_alias() {
        Extracted x = Extracted.from("株洲天元智造产业投资基金合伙企业（有限合伙）近日完成备案。醴陵新材料产业投资基金（有限合伙）成立。"
                + "株洲天元智造产业投资基金规模10亿元。");
        assertThat(x.entity("株洲天元智造产业投资基金合伙企业（有限合伙）")).get()
                .satisfies(fund -> assertThat(fund.name()).isEqualTo("株洲天元智造产业投资基金"));
        assertThat(x.label("醴陵新材料产业投资基金（有限合伙）")).isEqualTo(EntityLabel.Fund);
        assertThat(x.names(EntityLabel.Fund)).containsOnlyOnce("株洲天元智造产业投资基金");
    }

    @Test
    void a_partnership_named_for_a_kind_of_investing_is_a_fund_and_a_holding_partnership_an_enterprise() {
        Extracted x = Extracted.from("醴陵蕴澄创业投资合伙企业（有限合伙）完成备案，衡阳溪禾股权投资合伙企业（有限合伙）认缴2亿元。"
                + "湘潭溪禾天使投资合伙企业（有限合伙）跟投。株洲蕴澄企业管理合伙企业（有限合伙）是员工持股平台，"
                + "醴陵珀汐投资合伙企业（有限合伙）持股5%。");
        assertThat(x.names(EntityLabel.Fund)).contains("醴陵蕴澄创业投资合伙企业（有限合伙）", "衡阳溪禾股权投资合伙企业（有限合伙）",
                "湘潭溪禾天使投资合伙企业（有限合伙）");
        assertThat(x.names(EntityLabel.Enterprise)).contains("株洲蕴澄企业管理合伙企业（有限合伙）", "醴陵珀汐投资合伙企业（有限合伙）");
    }

    @Test
    void a_park_two_places_build_together_keeps_both_places_joined_by_a_dash() {
        Extracted x = Extracted.from("棠下—顺德产业合作园位于棠下镇北部。该园由江门市蓬江区与佛山市顺德区共建，北滘-杜阮智造协作园同期开园。");
        assertThat(x.names(EntityLabel.Park)).contains("棠下—顺德产业合作园", "北滘-杜阮智造协作园")
                .doesNotContain("顺德产业合作园", "杜阮智造协作园");
    }

    @Test
    void a_park_opening_with_two_cities_initials_or_named_after_the_zone_it_lies_in_is_a_name() {
        Extracted pair = Extracted.from("今年我们重点打造了珠中智造产业园，目前已入驻企业19家。");
        assertThat(pair.names(EntityLabel.Park)).contains("珠中智造产业园");
        Extracted zone = Extracted.from("江门市沅汀智能有限公司把研发中心迁入江门火炬高技术产业开发区的火炬智能装备产业园。");
        assertThat(zone.names(EntityLabel.Park)).contains("火炬智能装备产业园");
        Extracted unnamed = Extracted.from("江门市沅汀智能有限公司把研发中心迁入江门火炬高技术产业开发区的智能装备产业园。");
        assertThat(unnamed.names(EntityLabel.Park)).doesNotContain("智能装备产业园"); // a field alone names no park
    }

    @Test
    void a_declaration_after_a_firms_name_ends_it_and_starts_no_park() {
        Extracted x = Extracted.from("一是江门市檀屿传动有限公司（以下简称“檀屿传动”）精密减速器制造基地项目，总投资12亿元，9月正式签约落户江门高新区。");
        assertThat(x.names(EntityLabel.Park)).noneMatch(name -> name.contains("以下简称"));
        assertThat(x.hasRelation(RelationType.HOSTS, "江门高新区", "江门市檀屿传动有限公司")).isTrue();
    }

    @Test
    void a_listed_company_described_by_its_district_is_named_without_the_description() {
        Extracted x = Extracted.from("（三）江门市蓬江区的上市公司沅汀智能股份有限公司与五邑大学合作。（四）佛山市顺德区的上市公司檀屿电器股份有限公司扩产。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("沅汀智能股份有限公司", "檀屿电器股份有限公司")
                .noneMatch(name -> name.contains("上市公司"));
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "沅汀智能股份有限公司", "五邑大学")).isTrue();
    }

    @Test
    void two_city_initials_that_the_segmenter_split_off_start_the_name() {
        Extracted x = Extracted.from("浏阳市发起设立广中智造产业投资基金。醴陵市发起设立株中智造产业投资基金。");
        assertThat(x.names(EntityLabel.Fund)).contains("广中智造产业投资基金", "株中智造产业投资基金");
    }

    @Test
    void a_one_character_verb_the_segmenter_left_between_a_proper_noun_and_a_suffix_is_inside_the_name() {
        Extracted x = Extracted.from("首批企业入驻澳中科创小镇。醴陵市设立株中科创天使基金。醴陵市设立岳中科创产业园。");
        assertThat(x.names(EntityLabel.Park)).contains("澳中科创小镇", "岳中科创产业园");
        assertThat(x.names(EntityLabel.Fund)).contains("株中科创天使基金");
    }

    @Test
    void a_town_body_written_without_its_city_and_an_abbreviated_district_bureau_are_the_bodies_named_in_full() {
        Extracted x = Extracted.from("株洲市天元区投资促进局\n\n天元区今年引进企业12家。天元区与醴陵市合作。"
                + "区投促局与株洲市雷打石镇人民政府签署协议。区投促局还与雷打石镇人民政府共建服务站。");
        assertThat(x.entity("区投促局")).get().satisfies(e -> assertThat(e.name()).isEqualTo("株洲市天元区投资促进局"));
        assertThat(x.entity("雷打石镇人民政府")).get().satisfies(e -> assertThat(e.name()).isEqualTo("株洲市天元区雷打石镇人民政府"));
        assertThat(x.names(EntityLabel.GovernmentAgency)).doesNotContain("株洲市雷打石镇人民政府");

        Extracted bodies = Extracted.from("株洲市人民政府同意后，天元区人民政府负责实施。");
        assertThat(bodies.names(EntityLabel.GovernmentAgency)).contains("株洲市人民政府", "株洲市天元区人民政府");
    }

    @Test
    void a_district_written_with_both_short_names_is_that_district() {
        Extracted x = Extracted.from("湘江智能装备研究院是省内设立最早的研究机构之一，由湖南大学于2009年在长沙岳麓设立。"
                + "星城动力总部设在深圳南山，工厂在长沙。");
        assertThat(x.hasRelation(RelationType.HOSTS, "长沙市岳麓区", "湘江智能装备研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "湖南大学", "湘江智能装备研究院")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "星城动力")).isTrue();
    }

    @Test
    void a_short_form_the_text_declares_for_the_parent_is_not_also_the_subsidiary_s() {
        Extracted x = Extracted.from("长沙星城动力科技有限公司（以下简称“星城动力”）成立于2020年。"
                + "2024年公司在株洲注册了全资子公司星城动力（株洲）有限公司。星城动力今年完成B轮融资。");
        assertThat(x.entity("星城动力")).get().satisfies(e -> assertThat(e.name()).isEqualTo("长沙星城动力科技有限公司"));
        assertThat(x.entity("星城动力（株洲）有限公司")).get().satisfies(e -> assertThat(e.aliases()).doesNotContain("星城动力"));
    }

    private static final String NOTICE = "株洲市人民政府办公室关于印发株洲市促进储能产业发展若干措施的通知\n\n"
            + "各区人民政府，市直各单位：\n\n"
            + "《株洲市促进储能产业发展若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。\n\n"
            + "株洲市人民政府办公室\n2025年3月2日\n\n"
            + "株洲市促进储能产业发展若干措施\n\n"
            + "为贯彻落实国家发展改革委《关于加快推动新能源汽车产业发展的指导意见》，抢抓新型储能产业发展窗口期，制定以下措施。\n"
            + "第一条 聚焦精密减速器、动力电池等关键部件，支持本地企业开展技术攻关。\n";

    @Test
    void the_office_that_sends_a_notice_issues_the_policy_it_sends() {
        Extracted x = Extracted.from(NOTICE);
        assertThat(x.hasRelation(RelationType.ISSUES, "株洲市人民政府办公室", "株洲市促进储能产业发展若干措施")).isTrue();
    }

    @Test
    void a_focus_in_the_text_of_an_issued_policy_is_that_policys_and_not_the_cited_ones() {
        Extracted x = Extracted.from(NOTICE);
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市促进储能产业发展若干措施", "新型储能")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市促进储能产业发展若干措施", "精密减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市促进储能产业发展若干措施", "动力电池")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.TARGETS
                && r.source().contains("关于加快推动新能源汽车产业发展的指导意见") && r.method().equals("rule:focus-sentence"));
    }

    @Test
    void a_brand_name_that_is_the_party_of_a_business_verb_is_an_enterprise() {
        Extracted x = Extracted.from("星辰机器人投资5亿元建设生产基地。该项目由恒拓精密投资建设。公司旗下的博远智能正式落户株洲高新区。"
                + "湖南大学与鼎盛电子签署战略合作协议。云帆科技与中南大学签约共建联合实验室。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("星辰机器人", "恒拓精密", "博远智能", "鼎盛电子", "云帆科技");
        assertThat(x.hasRelation(RelationType.PARTNERS_WITH, "湖南大学", "鼎盛电子")).isTrue();

        Extracted generic = Extracted.from("智能机器人落户园区。相关科技落地转化。人工智能投资持续升温。");
        assertThat(generic.names(EntityLabel.Enterprise)).isEmpty();
    }

    @Test
    void a_brand_name_after_a_descriptor_ends_where_a_verb_begins() {
        Extracted x = Extracted.from("链主企业星辰机器人带动上下游企业集聚。龙头企业华鼎智能装备新建两条产线。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("星辰机器人", "华鼎智能装备");
    }

    @Test
    void partners_listed_before_their_role_and_a_fund_written_as_its_subject_fund_what_the_text_is_about() {
        Extracted x = Extracted.from("星河产业基金总规模20亿元。湘江投资集团有限公司、岳麓资本等作为有限合伙人出资。"
                + "基金首批已投资长沙灵掌科技有限公司等3家初创企业。株洲市天元区引导基金出资3亿元。");
        assertThat(x.hasRelation(RelationType.FUNDS, "湘江投资集团有限公司", "星河产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "岳麓资本", "星河产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "株洲市天元区引导基金", "星河产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "星河产业基金", "长沙灵掌科技有限公司")).isTrue();
    }

    @Test
    void a_guidance_fund_keeps_the_body_and_place_it_is_named_after() {
        Extracted x = Extracted.from("醴陵市政府投资引导基金出资6亿元。株洲市引导基金参与出资。");
        assertThat(x.names(EntityLabel.Fund)).contains("醴陵市政府投资引导基金", "株洲市引导基金");
        assertThat(x.names(EntityLabel.GovernmentAgency)).doesNotContain("醴陵市政府");
    }

    @Test
    void firms_a_locating_verb_names_after_it_are_in_the_park_the_text_is_about() {
        Extracted x = Extracted.from("株洲高新区新建星河机器人产业园。目前已入驻楚骏机器人、灵犀动力等企业60余家。");
        assertThat(x.hasRelation(RelationType.HOSTS, "星河机器人产业园", "楚骏机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "星河机器人产业园", "灵犀动力")).isTrue();

        Extracted noPark = Extracted.from("今年上半年，株洲市新增签约项目12个。已入驻楚骏机器人等企业。");
        assertThat(noPark.hasRelation(RelationType.HOSTS, "株洲市", "楚骏机器人")).isFalse();
    }

    @Test
    void a_firm_that_invests_or_settles_in_a_town_written_with_its_city_is_hosted_by_the_town() {
        Extracted x = Extracted.from("长沙市锐衡精工科技有限公司宣布在株洲市醴陵市投资12亿元建设生产基地。"
                + "长沙市拓维机器人有限公司、长沙市光弧智能科技有限公司近年来先后在湘潭市雨湖区落户。");
        assertThat(x.hasRelation(RelationType.HOSTS, "醴陵市", "长沙市锐衡精工科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "湘潭市雨湖区", "长沙市拓维机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "湘潭市雨湖区", "长沙市光弧智能科技有限公司")).isTrue();
    }

    @Test
    void a_fund_that_puts_money_into_another_is_not_what_the_focus_after_it_is_about() {
        Extracted x = Extracted.from("同日，星河具身智能产业基金正式启动。该基金目标规模20亿元，由株洲市天元区科创投资有限公司担任管理人，"
                + "株洲市天元区政府投资引导基金出资6亿元，主要投向灵巧手、关节模组等领域。");
        assertThat(x.hasRelation(RelationType.TARGETS, "星河具身智能产业基金", "灵巧手")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "株洲市天元区政府投资引导基金", "星河具身智能产业基金")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市天元区政府投资引导基金", "灵巧手")).isFalse();
        assertThat(x.hasRelation(RelationType.TARGETS, "株洲市天元区政府投资引导基金", "关节模组")).isFalse();
    }

    @Test
    void a_firm_described_after_a_copula_works_in_the_field_of_its_description() {
        Extracted x = Extracted.from("长沙星辰机器人股份有限公司是本地工业机器人龙头企业。湘江精控科技有限公司是岳麓区的精密减速器核心零部件企业。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "长沙星辰机器人股份有限公司", "工业机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "湘江精控科技有限公司", "精密减速器")).isTrue();
    }

    @Test
    void a_registered_name_after_a_joining_verb_starts_at_its_own_place() {
        Extracted x = Extracted.from("株洲市雷打石镇联合长沙市岳麓区产业投资引导基金有限公司发起设立星河智造产业投资基金。"
                + "醴陵市商务局携手湘潭市雨湖区创新投资有限公司举办推介会。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("长沙市岳麓区产业投资引导基金有限公司", "湘潭市雨湖区创新投资有限公司");
        assertThat(x.allNames()).noneMatch(name -> name.contains("联合") || name.contains("携手"));
    }

    @Test
    void a_preposition_glued_to_a_relative_government_is_not_part_of_its_name() {
        Extracted x = Extracted.from("株洲市工业和信息化局\n\n经市人民政府同意，现将《株洲市促进机器人产业发展若干措施》印发给你们。");
        assertThat(x.allNames()).noneMatch(name -> name.contains("经市"));
    }

    @Test
    void several_firms_described_together_get_only_the_fields_their_names_point_to() {
        Extracted x = Extracted.from("本次签约企业中，湘锐关节、星瞳视觉、岳麓触感等企业落户株洲高新区，主要从事一体化关节、机器人视觉、触觉传感器的研发生产。"
                + "长沙星辰机器人有限公司主要从事灵巧手和伺服驱动器的研发生产。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "湘锐关节", "一体化关节")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "星瞳视觉", "机器人视觉")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "湘锐关节", "触觉传感器")).isFalse();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "岳麓触感", "一体化关节")).isFalse();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "长沙星辰机器人有限公司", "灵巧手")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "长沙星辰机器人有限公司", "伺服驱动器")).isTrue();
    }

    @Test
    void promotion_agencies_cooperation_parks_and_service_posts_are_named_and_built() {
        Extracted x = Extracted.from("株洲市商务局联合长沙市岳麓区投资推广署在雷打石镇设立湘中企业服务驿站。"
                + "双方将共建株洲—醴陵智能制造协作园，由株洲天元产业投资发展有限公司负责开发建设。");
        assertThat(x.names(EntityLabel.GovernmentAgency)).contains("长沙市岳麓区投资推广署");
        assertThat(x.names(EntityLabel.Platform)).contains("湘中企业服务驿站");
        assertThat(x.names(EntityLabel.Park)).contains("株洲—醴陵智能制造协作园");
        assertThat(x.hasRelation(RelationType.FOUNDED, "株洲天元产业投资发展有限公司", "株洲—醴陵智能制造协作园")).isTrue();

        Extracted words = Extracted.from("双方签署合作协议，共同部署创新任务。园区设有服务驿站。");
        assertThat(words.names(EntityLabel.GovernmentAgency)).isEmpty();
        assertThat(words.names(EntityLabel.Platform)).isEmpty();
    }

    @Test
    void a_one_character_adverb_between_a_place_and_a_local_name_is_inside_the_name() {
        Extracted x = Extracted.from("北京亦城创新私募基金管理有限公司管理北京亦庄具身智能机器人产业基金。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("北京亦城创新私募基金管理有限公司");
        assertThat(x.names(EntityLabel.Fund)).contains("北京亦庄具身智能机器人产业基金");
    }

    @Test
    void taiwan_words_for_motors_sensors_and_reducers_are_those_industries() {
        Extracted x = Extracted.from("臺灣廠商主要供應伺服馬達、精密減速機與力感測器等零組件。");
        assertThat(x.names(EntityLabel.Industry)).contains("伺服电机", "精密减速器");
        assertThat(x.entity("力感测器")).get().satisfies(e -> assertThat(e.label()).isEqualTo(EntityLabel.Industry));
        assertThat(x.names(EntityLabel.Enterprise)).isEmpty();
    }

    @Test
    void a_fund_a_headline_names_by_its_field_is_the_fund_the_body_names_in_full() {
        Extracted x = Extracted.from("株洲拟设立30亿元人形机器人产业基金\n\n株洲市人形机器人产业投资基金目标规模30亿元，重点投向人形机器人整机。");
        assertThat(x.names(EntityLabel.Fund)).containsExactly("株洲市人形机器人产业投资基金");

        Extracted alone = Extracted.from("会议提出设立人形机器人产业基金，重点投向人形机器人整机。");
        assertThat(alone.names(EntityLabel.Fund)).containsExactly("人形机器人产业基金");
    }

    @Test
    void a_descriptor_before_a_firm_is_no_part_of_its_name() {
        Extracted x = Extracted.from("雁屿科技大学与台中精密传动大厂锐铂动力股份有限公司签署合作协议。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("锐铂动力股份有限公司")
                .doesNotContain("台中精密传动大厂锐铂动力股份有限公司");
    }

    @Test
    void a_dash_after_a_bracket_separates_the_fields_of_an_entry_and_joins_no_name() {
        Extracted x = Extracted.from("拟支持项目名单（企业名称 — 项目名称 — 支持金额）：\n"
                + "7. 澄屿机器人研究院（雁汀开发区）— 具身智能中试平台建设 — 400万元\n"
                + "南山—澄屿具身智能加速器今年揭牌。");
        assertThat(x.allNames()).noneMatch(n -> n.contains("）—"));
        assertThat(x.allNames()).contains("澄屿机器人研究院");
    }

    @Test
    void the_firm_that_runs_a_park_and_its_verb_are_no_part_of_the_parks_name() {
        Extracted x = Extracted.from("在小榄镇，湜岫集团受托运营小榄—宝安智能制造协作园，引进深圳市湜汀电机有限公司等企业设立生产线。\n"
                + "深圳市湜屿城市建设运营集团有限公司与中山市湜峤科技有限公司签约。\n");
        assertThat(x.names(EntityLabel.Park)).contains("小榄—宝安智能制造协作园");
        assertThat(x.allNames()).noneMatch(n -> n.contains("受托运营"));
        assertThat(x.partners("湜岫集团", "小榄—宝安智能制造协作园")).isTrue();
        // a company whose name says what it does keeps it
        assertThat(x.label("深圳市湜屿城市建设运营集团有限公司")).isEqualTo(EntityLabel.Enterprise);
    }
}
