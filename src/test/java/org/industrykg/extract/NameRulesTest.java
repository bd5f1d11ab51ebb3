package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test (or more) per rule family, with negative cases, on the real CoreNLP Chinese pipeline. */
class NameRulesTest {

    @Test
    void institute_suffix_finds_the_longest_name_and_not_the_university_inside_it() {
        Extracted x = Extracted.from("市政府支持湖南大学长沙智能制造研究院开展关键技术攻关。");
        assertThat(x.label("湖南大学长沙智能制造研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.entity("湖南大学")).isEmpty();
    }

    @Test
    void park_suffix_finds_parks_and_zones() {
        Extracted x = Extracted.from("项目落户株洲航空产业园，并入驻长沙高新技术产业开发区。");
        assertThat(x.label("株洲航空产业园")).isEqualTo(EntityLabel.Park);
        assertThat(x.label("长沙高新技术产业开发区")).isEqualTo(EntityLabel.Park);
    }

    @Test
    void fund_suffix_finds_funds_and_cuts_amounts_in_front() {
        Extracted x = Extracted.from("合肥市设立20亿元合肥机器人产业母基金，并探索设立人形机器人产业基金。");
        assertThat(x.label("合肥机器人产业母基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.label("人形机器人产业基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("20亿元"));
    }

    @Test
    void budget_money_is_no_fund() {
        Extracted x = Extracted.from("市财政安排产业扶持资金2亿元。");
        assertThat(x.names(EntityLabel.Fund)).isEmpty();
    }

    @Test
    void agency_suffix_finds_bureaus_but_not_words_ending_in_the_same_character() {
        Extracted x = Extracted.from("株洲市科学技术局优化产业布局，形成新的发展格局。");
        assertThat(x.label("株洲市科学技术局")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.allNames()).noneMatch(n -> n.endsWith("布局") || n.endsWith("格局"));
    }

    @Test
    void association_suffix_finds_associations_and_party_committees() {
        Extracted x = Extracted.from("民盟长沙市委建议，支持长沙市无人机产业协会发展。");
        assertThat(x.label("长沙市无人机产业协会")).isEqualTo(EntityLabel.Association);
        assertThat(x.label("民盟长沙市委")).isEqualTo(EntityLabel.Association);
    }

    @Test
    void platform_suffix_needs_a_specific_anchor() {
        Extracted x = Extracted.from("株洲市工业互联网公共服务平台上线，打造科技创新平台。");
        assertThat(x.label("株洲市工业互联网公共服务平台")).isEqualTo(EntityLabel.Platform);
        assertThat(x.allNames()).doesNotContain("科技创新平台");
    }

    @Test
    void enterprise_legal_names_and_their_short_forms_are_one_entity() {
        Extracted x = Extracted.from("湖南星翼航空科技有限公司获得支持。星翼航空计划扩产。");
        var enterprise = x.entity("湖南星翼航空科技有限公司").orElseThrow();
        assertThat(enterprise.label()).isEqualTo(EntityLabel.Enterprise);
        assertThat(enterprise.aliases()).contains("星翼航空");
        assertThat(enterprise.mentionCount()).isEqualTo(2);
    }

    @Test
    void enterprise_lists_before_cue_words_name_enterprises() {
        Extracted x = Extracted.from("引导云箭科技、湘翼智能、楚天重工等本土企业拥抱人工智能。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("云箭科技", "湘翼智能", "楚天重工");
    }

    @Test
    void titles_in_book_brackets_are_policies_and_newspapers_are_enterprises() {
        Extracted x = Extracted.from("据《湖南日报》报道，长沙市印发《长沙市低空经济发展三年行动计划》。");
        assertThat(x.label("长沙市低空经济发展三年行动计划")).isEqualTo(EntityLabel.Policy);
        assertThat(x.label("湖南日报")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void places_come_from_division_data_with_levels() {
        Extracted x = Extracted.from("江苏省苏州市吴中区与浙江省合作。");
        assertThat(x.entity("苏州市").orElseThrow().properties()).containsEntry("level", "city");
        assertThat(x.entity("江苏省").orElseThrow().properties()).containsEntry("level", "province");
        assertThat(x.entity("吴中区").orElseThrow().properties()).containsEntry("level", "district");
        assertThat(x.entity("吴中区").orElseThrow().name()).isEqualTo("苏州市吴中区");
        assertThat(x.hasRelation(RelationType.PART_OF, "苏州市吴中区", "苏州市")).isTrue();
    }

    @Test
    void industries_come_from_the_taxonomy_and_are_never_organisations() {
        Extracted x = Extracted.from("加快发展人工智能和人形机器人产业。");
        assertThat(x.label("人工智能")).isEqualTo(EntityLabel.Industry);
        assertThat(x.label("人形机器人")).isEqualTo(EntityLabel.Industry);
        assertThat(x.hasRelation(RelationType.PART_OF, "人形机器人", "机器人")).isFalse();
    }

    @Test
    void generic_phrases_are_not_entities() {
        Extracted x = Extracted.from("支持龙头企业、科研院所和中小企业建设重点实验室。");
        assertThat(x.allNames()).doesNotContain("龙头企业", "科研院所", "中小企业", "重点实验室");
    }

    @Test
    void persons_and_phone_numbers_never_enter_the_graph() {
        Extracted x = Extracted.from("株洲市工业和信息化局\n\n（联系人：王小明，联系电话：0731-88881234）\n");
        assertThat(x.allNames()).noneMatch(n -> n.contains("王小明") || n.contains("88881234"));
        x.extraction.entities().forEach(e -> assertThat(e.aliases()).noneMatch(a -> a.contains("王小明")));
    }

    @Test
    void registered_company_names_run_from_their_place_past_descriptors_and_verbs() {
        Extracted x = Extracted.from("湘江集团全资子公司株洲云帆电子有限公司投资长沙星辰精密科技有限公司，园区龙头企业岳塘宏远智能装备有限公司也参与。");
        assertThat(x.names(EntityLabel.Enterprise))
                .contains("株洲云帆电子有限公司", "长沙星辰精密科技有限公司", "岳塘宏远智能装备有限公司")
                .noneMatch(n -> n.startsWith("全资") || n.startsWith("投资") || n.startsWith("龙头"));
    }

    @Test
    void a_conjunction_before_a_place_ends_the_name_before_it() {
        Extracted x = Extracted.from("云帆机器人与湘潭理工大学共建柔性焊接联合实验室。");
        assertThat(x.label("湘潭理工大学")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("柔性焊接联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.allNames()).noneMatch(n -> n.contains("与湘潭"));
    }

    @Test
    void typed_enumerations_and_brand_lists_name_enterprises_without_legal_forms() {
        Extracted x = Extracted.from("园区已集聚星辰科技、云帆智能和岳峰电子等一批配套企业。其中，星辰科技、云帆智能入驻株洲动力谷。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("星辰科技", "云帆智能", "岳峰电子");
        assertThat(x.label("株洲动力谷")).isEqualTo(EntityLabel.Park);
        Extracted institutes = Extracted.from("企业与麓山理工、湘中师范等高校开展合作。");
        assertThat(institutes.names(EntityLabel.ResearchInstitute)).contains("麓山理工", "湘中师范");
    }

    @Test
    void a_list_closed_by_a_count_of_its_head_types_its_items() {
        Extracted x = Extracted.from("会上，湘锐动力、麓谷传感、岳峰视觉4家企业与园区签约。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("湘锐动力", "麓谷传感", "岳峰视觉");
        Extracted y = Extracted.from("长沙理工、湘中师范两所高校参加了对接会。");
        assertThat(y.names(EntityLabel.ResearchInstitute)).contains("长沙理工", "湘中师范");
        Extracted z = Extracted.from("今年引进星辰电机、云帆精机和岳峰材料三家企业。");
        assertThat(z.names(EntityLabel.Enterprise)).contains("星辰电机", "云帆精机", "岳峰材料");
    }

    @Test
    void a_list_of_sectors_is_no_list_of_brands() {
        Extracted x = Extracted.from("重点发展海洋装备、精密制造、智能装备和新能源汽车。");
        assertThat(x.names(EntityLabel.Enterprise)).isEmpty();
    }

    @Test
    void park_and_institute_suffix_families_and_enumerators() {
        Extracted x = Extracted.from("（二）柔性焊接联合实验室落户长沙未来科技城，与湘潭理工大学研究生院共建技术转移中心。");
        assertThat(x.label("柔性焊接联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("长沙未来科技城")).isEqualTo(EntityLabel.Park);
        assertThat(x.label("湘潭理工大学研究生院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("（二）"));
    }

    @Test
    void short_forms_of_a_registered_name_are_mentions_of_it() {
        Extracted x = Extracted.from("株洲云帆精密科技有限公司在园区投产。云帆精密与湘潭理工大学签署合作协议。");
        assertThat(x.entity("云帆精密").orElseThrow().name()).isEqualTo("株洲云帆精密科技有限公司");
        assertThat(x.extraction.relations()).anyMatch(r -> r.source().endsWith("株洲云帆精密科技有限公司")
                || r.target().endsWith("株洲云帆精密科技有限公司"));
    }

    @Test
    void campus_in_brackets_belongs_to_the_university() {
        Extracted x = Extracted.from("湘潭理工大学（长沙）与企业签约。");
        assertThat(x.label("湘潭理工大学（长沙）")).isEqualTo(EntityLabel.ResearchInstitute);
    }

    @Test
    void a_name_after_another_name_and_a_verb_of_building_stands_alone() {
        Extracted x = Extracted.from("该研究院共建湘江柔性焊接联合实验室。株洲云帆电子有限公司合作建设轨道交通材料联合研究中心。");
        assertThat(x.label("湘江柔性焊接联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.label("轨道交通材料联合研究中心")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(x.allNames()).noneMatch(n -> n.contains("共建") || n.contains("合作建设"));
    }

    @Test
    void a_place_before_a_name_that_repeats_it_is_where_the_park_is() {
        Extracted x = Extracted.from("项目位于株洲市渌口区渌口智造谷。");
        assertThat(x.label("渌口智造谷")).isEqualTo(EntityLabel.Park);
    }

    @Test
    void one_brand_before_a_typed_head_and_lists_behind_a_descriptor() {
        Extracted x = Extracted.from("区内已落地云帆机器人等整机企业。长沙企业云帆传动、岳峰精机、湘锐关节等在株洲设厂。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("云帆机器人", "云帆传动", "岳峰精机")
                .noneMatch(n -> n.startsWith("长沙企业"));
    }

    @Test
    void industry_words_the_tagger_calls_verbs_stay_inside_names() {
        Extracted x = Extracted.from("长沙市具身智能数据训练场正式启用。");
        assertThat(x.label("长沙市具身智能数据训练场")).isEqualTo(EntityLabel.Platform);
    }

    @Test
    void a_brand_after_a_descriptor_of_companies_is_an_enterprise() {
        Extracted x = Extracted.from("人工智能企业云帆科技与湘潭理工大学签约。链主企业岳峰机器人将扩产。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("云帆科技", "岳峰机器人");
        Extracted none = Extracted.from("企业研发投入持续增长，企业科技创新能力提升。");
        assertThat(none.names(EntityLabel.Enterprise)).isEmpty();
    }

    @Test
    void what_is_founded_is_a_name_even_without_a_place() {
        Extracted x = Extracted.from("株洲云帆电子有限公司和湘潭理工大学共建轨道材料与结构研究院。");
        assertThat(x.label("轨道材料与结构研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        Extracted campus = Extracted.from("该公司与湘潭理工大学（长沙）共建柔性焊接联合实验室。");
        assertThat(campus.label("柔性焊接联合实验室")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(campus.allNames()).noneMatch(n -> n.contains("共建"));
    }

    @Test
    void a_hong_kong_department_and_a_firm_behind_the_word_start_up_are_read() {
        Extracted x = Extracted.from("創新科技署發言人表示支持。另一家初創晴朗智能科技（香港）有限公司亦參與合作。");
        assertThat(x.label("创新科技署")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(x.names(EntityLabel.Enterprise)).contains("晴朗智能科技（香港）有限公司").noneMatch(n -> n.startsWith("初创"));
    }

    @Test
    void a_firms_own_plant_is_no_park_unless_a_place_names_it() {
        Extracted x = Extracted.from("湘潭云帆科技有限公司在雨湖区设立华中生产基地。株洲远舟电子有限公司将建设伺服电机制造基地。");
        assertThat(x.names(EntityLabel.Park)).isEmpty();
        Extracted named = Extracted.from("湘潭云帆科技有限公司投资建设雨湖智能装备制造基地。");
        assertThat(named.label("雨湖智能装备制造基地")).isEqualTo(EntityLabel.Park);
    }

    @Test
    void investing_in_a_fund_and_an_anaphor_after_a_preposition_are_no_part_of_a_name() {
        Extracted x = Extracted.from("公司拟参与投资湘江具身智能产业基金。云帆科技完成由该基金领投的融资。");
        assertThat(x.label("湘江具身智能产业基金")).isEqualTo(EntityLabel.Fund);
        assertThat(x.allNames()).noneMatch(n -> n.startsWith("投资") || n.startsWith("参与") || n.startsWith("由该"));
    }

    @Test
    void the_outlet_of_a_source_line_is_an_enterprise() {
        Extracted a = Extracted.from("岳麓区机器人产业观察\n来源：湘江产业周刊　2025-06-18　记者 某某\n岳麓区新增机器人企业12家。");
        assertThat(a.label("湘江产业周刊")).isEqualTo(EntityLabel.Enterprise);

        Extracted b = Extracted.from("发布时间：2025-03-02 09:15　来源：天元区融媒体中心　浏览次数：215\n天元区召开机器人产业大会。");
        assertThat(b.label("天元区融媒体中心")).isEqualTo(EntityLabel.Enterprise);

        Extracted c = Extracted.from("来源：本站　2025-03-02\n部分信息来源于企业公开资料。");
        assertThat(c.allNames()).doesNotContain("本站", "企业公开资料");
    }

    @Test
    void a_brand_is_a_party_across_times_and_a_disposal_phrase() {
        Extracted a = Extracted.from("岳麓智能装备产业园去年开园。湘沐机器人今年5月将华南量产基地落户岳麓智能装备产业园。");
        assertThat(a.label("湘沐机器人")).isEqualTo(EntityLabel.Enterprise);

        Extracted b = Extracted.from("湘潭九华机器人产业园位于湘潭市。云岫智控把区域总部设在湘潭九华机器人产业园。");
        assertThat(b.label("云岫智控")).isEqualTo(EntityLabel.Enterprise);
    }

    @Test
    void a_brand_in_quotes_after_a_descriptor_of_companies_is_a_firm_when_the_clause_goes_on() {
        Extracted x = Extracted.from("高新区企业“澜峰具身”已完成整机样机研发。龙头企业“岷山”与青禾大学签约。区内企业“专精特新”数量增长。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("澜峰具身", "岷山").doesNotContain("专精特新");
    }

    @Test
    void what_firms_settle_into_is_a_park_even_without_a_place_in_its_name() {
        Extracted x = Extracted.from("星川机器人、澜峰传感等企业已签约入驻松湖智谷。岷山精密有限公司落户青禾产业园。企业入驻园区后享受政策。");
        assertThat(x.names(EntityLabel.Park)).contains("松湖智谷", "青禾产业园").doesNotContain("园区");
        assertThat(x.hasRelation(RelationType.HOSTS, "松湖智谷", "澜峰传感")).isTrue();
    }

    @Test
    void a_joint_lab_is_named_from_after_the_verb_that_builds_it() {
        Extracted x = Extracted.from("星川智能科技有限公司主营巡检机器人，双方还约定共建特种焊接联合研发中心，由学校提供算法。"
                + "2023年，双方在洛阳智能装备产业园内共建丝杠磨削联合实验室。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("特种焊接联合研发中心", "丝杠磨削联合实验室");
        assertThat(x.allNames()).noneMatch(n -> n.contains("约定") || n.contains("园内"));
        assertThat(x.names(EntityLabel.Park)).contains("洛阳智能装备产业园");
        Extracted inside = Extracted.from("星川智能科技有限公司与岷山智能制造研究院在洛阳智能装备产业园内共建丝杠磨削联合实验室。");
        assertThat(inside.hasRelation(RelationType.HOSTS, "洛阳智能装备产业园", "丝杠磨削联合实验室")).isTrue();
        assertThat(inside.hasRelation(RelationType.FOUNDED, "岷山智能制造研究院", "丝杠磨削联合实验室")).isTrue();
        Extracted adjective = Extracted.from("研究院与星川智能科技有限公司联合成立双臂灵巧操作联合实验室。");
        assertThat(adjective.names(EntityLabel.ResearchInstitute)).contains("双臂灵巧操作联合实验室");
    }

    @Test
    void a_centre_named_by_its_field_is_a_name_when_it_fills_quotes() {
        Extracted x = Extracted.from("岷山理工大学与星川传动科技有限公司牵手，共同设立“精密减速器工程技术研究中心”。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("精密减速器工程技术研究中心");
        assertThat(x.hasRelation(RelationType.FOUNDED, "星川传动科技有限公司", "精密减速器工程技术研究中心")).isTrue();
        Extracted bare = Extracted.from("岷山理工大学设立了精密减速器工程技术研究中心。");
        assertThat(bare.names(EntityLabel.ResearchInstitute)).doesNotContain("精密减速器工程技术研究中心");
        Extracted phrases = Extracted.from("二、关于“搭建高水平联合研发平台”的建议\n成果集中至“一平台”展示。");
        assertThat(phrases.names(EntityLabel.Platform)).isEmpty();
    }

    @Test
    void a_park_named_by_two_fields_and_a_nickname_is_one_park() {
        Extracted x = Extracted.from("支持洛阳高新技术产业开发区高标准建设岷谷具身智能机器人产业园。"
                + "依托宁波高新技术产业开发区建设甬江伺服与精密传动产业园。");
        assertThat(x.names(EntityLabel.Park)).contains("岷谷具身智能机器人产业园", "甬江伺服与精密传动产业园");
        assertThat(x.names(EntityLabel.Enterprise)).doesNotContain("岷谷具身", "甬江伺服");
        assertThat(x.hasRelation(RelationType.HOSTS, "洛阳高新技术产业开发区", "岷谷具身智能机器人产业园")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "洛阳高新技术产业开发区", "岷谷具身智能机器人产业园")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "宁波高新技术产业开发区", "甬江伺服与精密传动产业园")).isTrue();

        Extracted two = Extracted.from("星川科技与沐辰大学签约共建实验室。");
        assertThat(two.names(EntityLabel.Enterprise)).contains("星川科技");
    }

    @Test
    void the_yu_of_weiyu_starts_no_name() {
        Extracted x = Extracted.from("宁波星川具身机器人科技有限公司专注轮式机器人研发，其位于慈东经济开发区的整机产线明年投产。");
        assertThat(x.names(EntityLabel.Park)).contains("慈东经济开发区").noneMatch(n -> n.startsWith("于"));
        assertThat(x.hasRelation(RelationType.HOSTS, "慈东经济开发区", "宁波星川具身机器人科技有限公司")).isTrue();
    }

    @Test
    void a_kind_of_fund_or_of_joint_lab_is_no_name() {
        Extracted x = Extracted.from("集团在管基金规模超过50亿元。公司设立旗舰基金和合作子基金，国资母基金出资。"
                + "全市新建校企联合实验室12个，上述联合实验室由企业出资。");
        assertThat(x.names(EntityLabel.Fund)).isEmpty();
        assertThat(x.names(EntityLabel.ResearchInstitute)).isEmpty();

        Extracted named = Extracted.from("宁波市设立具身智能机器人产业投资基金，星川科技与岷山大学共建灵巧操作联合实验室。");
        assertThat(named.names(EntityLabel.Fund)).contains("具身智能机器人产业投资基金");
        assertThat(named.names(EntityLabel.ResearchInstitute)).contains("灵巧操作联合实验室");
    }

    @Test
    void a_name_starts_after_the_verb_that_builds_it_and_a_model_of_working_is_no_park() {
        Extracted x = Extracted.from("双方共建手术机器人联合实验室。宁波市将探索“总部+基地”模式，推动“基金+园区”联动。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("手术机器人联合实验室").noneMatch(n -> n.startsWith("共建"));
        assertThat(x.names(EntityLabel.Park)).isEmpty();
    }
    @Test
    void a_short_name_declared_after_a_name_confirms_it_without_a_place() {
        Extracted x = Extracted.from("先进材料技术研究院（以下简称“材研院”）与嵘峰动力科技有限公司合作开发电机。");
        assertThat(x.entity("先进材料技术研究院")).isPresent();
        Extracted bare = Extracted.from("先进材料技术研究院与嵘峰动力科技有限公司合作开发电机。");
        assertThat(bare.entity("先进材料技术研究院")).isEmpty();

        Extracted abbreviated = Extracted.from("总部位于台中市、厂区设在中部科学园区（中科）的嵘峰传动科技股份有限公司是主要供应商。");
        assertThat(abbreviated.entity("中部科学园区")).isPresent();
        Extracted other = Extracted.from("总部位于台中市、厂区设在中部科学园区（南区）的嵘峰传动科技股份有限公司是主要供应商。");
        assertThat(other.entity("中部科学园区")).isEmpty();
    }

    @Test
    void a_technology_transfer_centre_and_a_training_centre_are_platforms() {
        Extracted x = Extracted.from("沣溪理工大学江门技术转移中心今年完成技术对接37项。江门市具身智能数据训练中心已投入运营。");
        assertThat(x.entity("沣溪理工大学江门技术转移中心")).hasValueSatisfying(e -> assertThat(e.label()).isEqualTo(EntityLabel.Platform));
        assertThat(x.entity("江门市具身智能数据训练中心")).hasValueSatisfying(e -> assertThat(e.label()).isEqualTo(EntityLabel.Platform));
    }
}
