package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists and records that state who works with whom by their columns and fields: a JSON export of recognised centres,
 * a first-set equipment list (the machine is no organisation; its maker is the row's), a university's register of
 * commissioned projects (委托（合作）单位), a loan subsidy list (贷款银行), and a listed company's report that calls itself
 * 公司 after an item number. Invented texts on the real pipeline.
 */
class RecordsAndRegistersTest {

    @Test
    void each_record_of_a_json_export_states_its_founders_and_district_and_no_more() {
        Extracted x = Extracted.from("[\n"
                + "  {\n    \"序号\": 1,\n    \"平台名称\": \"佛山市嫚嬿焊接机器人工程技术研究中心\",\n"
                + "    \"依托单位\": \"佛山市嫚嬿机器人有限公司\",\n    \"共建单位\": \"华南理工大学、佛山燏焜自动化科技有限公司\",\n"
                + "    \"所在区\": \"顺德区\"\n  },\n"
                + "  {\n    \"序号\": 2,\n    \"平台名称\": \"佛山市嬿婼陶瓷装备重点实验室\",\n"
                + "    \"依托单位\": \"佛山科学技术学院\",\n    \"共建单位\": \"南方医科大学\",\n    \"所在区\": \"禅城区\"\n  }\n]\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山市嫚嬿机器人有限公司", "佛山市嫚嬿焊接机器人工程技术研究中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "华南理工大学", "佛山市嫚嬿焊接机器人工程技术研究中心")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区", "佛山市嫚嬿焊接机器人工程技术研究中心")).isTrue();
        // a record's name field names its centre, and a co-builder written alone is read from its field
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山科学技术学院", "佛山市嬿婼陶瓷装备重点实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "南方医科大学", "佛山市嬿婼陶瓷装备重点实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市禅城区", "佛山市嬿婼陶瓷装备重点实验室")).isTrue();
        // the second record's fields are not the first's
        assertThat(x.hasRelation(RelationType.FOUNDED, "佛山科学技术学院", "佛山市嫚嬿焊接机器人工程技术研究中心")).isFalse();
        assertThat(x.hasRelation(RelationType.HOSTS, "佛山市禅城区", "佛山市嫚嬿焊接机器人工程技术研究中心")).isFalse();
    }

    @Test
    void a_card_whose_name_is_not_read_still_ends_the_card_before_it() {
        Extracted x = Extracted.from("名称：佛山市嫚嬿机器人有限公司\n注册地址：佛山市顺德区北滘镇\n\n"
                + "名称：某某工作组\n注册地址：佛山市南海区狮山镇\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区北滘镇", "佛山市嫚嬿机器人有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "佛山市南海区狮山镇", "佛山市嫚嬿机器人有限公司")).isFalse();
    }

    @Test
    void a_first_set_equipment_list_is_about_each_maker_its_town_its_first_user_and_its_co_developer() {
        Extracted x = Extracted.from("佛山市工业和信息化局关于2025年首台（套）装备认定名单的通知\n"
                + "序号\t装备名称\t研制单位\t所在镇街\t首台（套）使用单位\t合作研发单位\n"
                + "1\t六轴焊接机器人工作站\t佛山市嫚嬿机器人有限公司\t顺德区北滘镇\t广州妧婼汽车部件有限公司\t华南理工大学\n"
                + "2\t双臂协作装配单元\t佛山燏焜自动化科技有限公司\t南海区狮山镇\t佛山市嫱婼家电有限公司\t广东工业大学\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区北滘镇", "佛山市嫚嬿机器人有限公司")).isTrue();
        assertThat(x.partners("广州妧婼汽车部件有限公司", "佛山市嫚嬿机器人有限公司")).isTrue();
        assertThat(x.partners("华南理工大学", "佛山市嫚嬿机器人有限公司")).isTrue();
        assertThat(x.partners("广东工业大学", "佛山燏焜自动化科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市南海区狮山镇", "佛山燏焜自动化科技有限公司")).isTrue();
        // the machine is what the row lists, not who works with whom
        assertThat(x.extraction.relations()).noneMatch(r -> r.source().endsWith("工作站") || r.target().endsWith("工作站"));
        assertThat(x.partners("华南理工大学", "佛山燏焜自动化科技有限公司")).isFalse();
    }

    @Test
    void a_register_of_commissioned_projects_pairs_each_school_with_its_client() {
        Extracted x = Extracted.from("广州嫚燏大学2025年横向科研项目立项清单\n\n"
                + "序号\t项目名称\t承担学院\t委托（合作）单位\t合同金额（万元）\n"
                + "1\t仓储机器人调度算法研究\t计算机学院\t东莞市妧燏物流科技有限公司\t80.5\n"
                + "2\t注塑件缺陷检测系统开发\t机械工程学院\t佛山市嫱焜精密注塑有限公司\t120.0\n");
        assertThat(x.partners("东莞市妧燏物流科技有限公司", "计算机学院")).isTrue();
        assertThat(x.partners("佛山市嫱焜精密注塑有限公司", "机械工程学院")).isTrue();
        assertThat(x.partners("东莞市妧燏物流科技有限公司", "机械工程学院")).isFalse();
    }

    @Test
    void a_loan_subsidy_list_says_which_bank_lent_to_each_firm() {
        Extracted x = Extracted.from("佛山市科学技术局关于科技型企业贷款贴息名单的公示\n"
                + "序号｜企业名称｜所在镇街｜贷款银行｜贷款金额（万元）\n"
                + "1｜佛山市嫚婼传感科技有限公司｜顺德区容桂街道｜中国工商银行佛山分行｜800\n"
                + "2｜佛山燏嬿医疗器械有限公司｜南海区桂城街道｜佛山农商银行｜500\n");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "中国工商银行佛山分行", "佛山市嫚婼传感科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "佛山农商银行", "佛山燏嬿医疗器械有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.FUNDS, "佛山农商银行", "佛山市嫚婼传感科技有限公司")).isFalse();
    }

    @Test
    void a_company_report_s_numbered_items_that_open_with_公司_are_the_company_s_and_a_heading_s_funds_are_no_fund() {
        Extracted x = Extracted.from("佛山市嫚嬿科技股份有限公司2025年年度报告（摘要）\n\n"
                + "二、报告期内主要工作\n"
                + "（1）公司与华南理工大学共建的精密焊接联合实验室于2025年3月揭牌。\n"
                + "2、公司于2025年5月在中山出资设立中山嫚嬿智能装备有限公司，专注焊接机器人生产。\n"
                + "3、参股基金情况。公司参与设立的基金运作良好。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山市嫚嬿科技股份有限公司", "精密焊接联合实验室")).isTrue();
        assertThat(x.partners("佛山市嫚嬿科技股份有限公司", "华南理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山市嫚嬿科技股份有限公司", "中山嫚嬿智能装备有限公司")).isTrue();
        assertThat(x.names(EntityLabel.Fund)).doesNotContain("参股基金");
    }

    @Test
    void a_clause_without_a_verb_that_names_another_organisation_leaves_the_subject_to_the_next_clause() {
        Extracted x = Extracted.from("佛山市嫚嬿机器人有限公司成立于2019年，核心团队来自华南理工大学，并与华南理工大学共建触觉感知联合实验室。\n"
                + "佛山燏焜自动化科技有限公司总部位于佛山市南海区，主要客户为佛山市嫱婼家电有限公司，与广东工业大学签署战略合作协议。\n"
                + "佛山市妧焜传动有限公司创办于2016年，创始人毕业于中山大学，目前与佛山婼嬿精密传动研究院联合开发谐波减速器。\n");
        assertThat(x.partners("佛山市嫚嬿机器人有限公司", "华南理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山市嫚嬿机器人有限公司", "触觉感知联合实验室")).isTrue();
        assertThat(x.partners("佛山燏焜自动化科技有限公司", "广东工业大学")).isTrue();
        assertThat(x.partners("佛山市妧焜传动有限公司", "佛山婼嬿精密传动研究院")).isTrue();
        // what the verbless clause names is not the next clause's subject
        assertThat(x.partners("佛山市嫱婼家电有限公司", "广东工业大学")).isFalse();
        assertThat(x.partners("中山大学", "佛山婼嬿精密传动研究院")).isFalse();
    }

    @Test
    void a_subsidiary_set_up_with_a_stake_word_is_founded_by_its_parent_and_a_class_of_company_is_no_name() {
        Extracted x = Extracted.from("佛山嫚嬿精密模具有限公司由深圳市嫚嬿模具股份有限公司控股设立。\n"
                + "江门妧婼电子有限公司由广州市妧婼科技有限公司全资设立，主要生产传感器。\n"
                + "佛山市燏焜智能装备有限公司系深圳燏焜自动化设备有限公司于2024年在顺德区投资设立的生产基地公司。\n");
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市嫚嬿模具股份有限公司", "佛山嫚嬿精密模具有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "广州市妧婼科技有限公司", "江门妧婼电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳燏焜自动化设备有限公司", "佛山市燏焜智能装备有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区", "佛山市燏焜智能装备有限公司")).isTrue();
        assertThat(x.allNames()).doesNotContain("生产基地公司");
    }

    @Test
    void an_entry_s_description_after_its_colon_and_a_quoted_subject_leave_the_subject_to_the_verb() {
        Extracted x = Extracted.from("代表企业\n"
                + "1. 佛山市嫚嬿机器人有限公司：灵巧手研发企业，与华南理工大学共建触觉感知联合实验室。\n"
                + "2. 佛山燏焜自动化科技有限公司：具身智能大模型企业，与鹏城实验室联合训练机器人操作大模型。\n"
                + "“嬿婼精密焊接联合实验室”在佛山市顺德区揭牌。\n");
        assertThat(x.partners("佛山市嫚嬿机器人有限公司", "华南理工大学")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "佛山市嫚嬿机器人有限公司", "触觉感知联合实验室")).isTrue();
        assertThat(x.partners("佛山燏焜自动化科技有限公司", "鹏城实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区", "嬿婼精密焊接联合实验室")).isTrue();
        // one entry's description is not the next entry's
        assertThat(x.partners("佛山市嫚嬿机器人有限公司", "鹏城实验室")).isFalse();
    }

    @Test
    void a_denied_tie_links_nobody_while_a_later_denial_leaves_an_earlier_tie() {
        Extracted x = Extracted.from("（五）关于佛山市嫚嬿机器人有限公司。佛山燏焜自动化科技有限公司与佛山市嫚嬿机器人有限公司不存在任何业务往来，从未签署代工协议。\n"
                + "佛山市嬿婼智能科技有限公司否认与华南理工大学共建实验室。\n"
                + "佛山市妧焜传动有限公司并未投资佛山市嫱婼家电有限公司。\n"
                + "佛山婼焜精密有限公司与广东工业大学签署合作协议，双方此前从未合作。\n");
        assertThat(x.partners("佛山燏焜自动化科技有限公司", "佛山市嫚嬿机器人有限公司")).isFalse();
        assertThat(x.partners("佛山市嬿婼智能科技有限公司", "华南理工大学")).isFalse();
        assertThat(x.hasRelation(RelationType.FUNDS, "佛山市妧焜传动有限公司", "佛山市嫱婼家电有限公司")).isFalse();
        assertThat(x.partners("佛山婼焜精密有限公司", "广东工业大学")).isTrue();
    }

    @Test
    void a_park_named_right_after_the_place_it_is_in_and_的_is_a_park_there_and_where_a_firm_sets_up() {
        Extracted x = Extracted.from("佛山市嫚嬿机器人有限公司已在中山市南朗街道的燏焜机器人谷设立华南总部。\n"
                + "佛山燏焜自动化科技有限公司落户佛山市顺德区北滘镇的妧婼智造产业园。\n"
                + "中山市的智能装备产业园正在建设，深圳市企业的嫚婼智造产业园也在规划。\n"
                + "中山市阜沙镇的飞地园区已经投用，佛山市顺德区的整机基地也已开工。\n");
        assertThat(x.label("燏焜机器人谷")).isEqualTo(EntityLabel.Park);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南朗街道", "燏焜机器人谷")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "燏焜机器人谷", "佛山市嫚嬿机器人有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "佛山市顺德区北滘镇", "妧婼智造产业园")).isTrue();
        // a park of nothing but its fields is no name, and a word before 的 that is no place anchors nothing
        assertThat(x.allNames()).doesNotContain("智能装备产业园", "嫚婼智造产业园", "飞地园区", "整机基地");
    }
}
