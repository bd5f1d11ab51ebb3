package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines of directories and lists that state facts by their layout: a place and a colon before a list of firms, what a
 * firm makes in the bracket after its name, entries of a list each followed by what it does, a line of fields that
 * opens with the unit a team rests on, a table with two name columns, money given 以 an amount. Invented texts on the
 * real pipeline.
 */
class DirectoryLinesTest {

    private static final String MAP = "中山市智能装备产业图谱\n"
            + "一、伺服电机与驱动器\n"
            + "小榄镇：中山汐岚电机有限公司（无框力矩电机、伺服电机）、中山汐川动力科技有限公司（中空力矩电机）\n"
            + "南头镇：中山市汐岫电气有限公司（伺服驱动器）\n"
            + "二、整机\n"
            + "东凤镇：中山汐汀机器人有限公司（SCARA及六轴机器人）、中山市汐屿智能科技有限公司（以下简称汐屿智能）\n"
            + "深圳：中山漪岚精密有限公司与深圳大学签署合作协议。\n"
            + "北京：中山漪岫科技有限公司、深圳漪汀科技有限公司昨日在京签署战略合作协议。\n";

    @Test
    void a_place_before_a_colon_hosts_the_firms_its_line_lists() {
        Extracted x = Extracted.from(MAP);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山汐岚电机有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", "中山汐川动力科技有限公司")).isTrue(); // after the first's bracket
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山市汐岫电气有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市南头镇", "中山汐川动力科技有限公司")).isFalse(); // another line's
        // a dateline before a sentence that goes on after the firm: no list, no host
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "中山漪岚精密有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "北京市", "中山漪岫科技有限公司")).isFalse(); // a list, then prose
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "北京市", "深圳漪汀科技有限公司")).isFalse();
    }

    @Test
    void the_bracket_after_a_firm_names_what_it_makes() {
        Extracted x = Extracted.from(MAP);
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山汐岚电机有限公司", "无框力矩电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山汐岚电机有限公司", "伺服电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山汐川动力科技有限公司", "中空力矩电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市汐岫电气有限公司", "伺服驱动器")).isTrue();
        assertThat(x.allNames()).doesNotContain("轴机器人"); // 六轴机器人 does not lose its number to become a field
        assertThat(x.allNames()).doesNotContain("以下简称汐屿智能");
        Extracted declared = Extracted.from("漪岫電機股份有限公司（以下簡稱漪岫電機）以人民幣2億元認繳深圳漪岫產業投資基金。");
        assertThat(declared.allNames()).doesNotContain("以下简称漪岫电机"); // a declared short name ending in 电机 is no field
    }

    @Test
    void a_focus_list_goes_on_past_a_verb_inside_its_first_item() {
        Extracted x = Extracted.from("深圳市漪川智能科技有限公司成立于2019年，主营人形机器人一体化关节模组、谐波减速器和无框力矩电机的研发、生产与销售。"
                + "中山市漪岫科技有限公司专注人形机器人一体化设计。");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市漪川智能科技有限公司", "关节模组")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市漪川智能科技有限公司", "无框力矩电机")).isTrue();
        // with no list after the verb, what follows it is no field
        assertThat(x.allNames()).doesNotContain("设计", "一体化设计");
    }

    @Test
    void each_entry_of_a_list_is_the_subject_of_the_clause_after_it() {
        Extracted x = Extracted.from("（一）智能传感（在孵19家）。代表企业有：中山汐岚传感科技有限公司，从事触觉传感器研发；"
                + "中山漪汀科技有限公司，专注灵巧手研发；中山市漪屿数据科技有限公司，主要产品为六维力传感器。");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山汐岚传感科技有限公司", "触觉传感器")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山漪汀科技有限公司", "灵巧手")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山漪汀科技有限公司", "触觉传感器")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市漪屿数据科技有限公司", "六维力传感器")).isTrue(); // 产品为
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山汐岚传感科技有限公司", "灵巧手")).isFalse();
        // the next item of an object list after a comma is no entry: the fund invests, the firm does not focus
        Extracted objects = Extracted.from("深圳汐岚创业投资基金先后投资中山漪川科技有限公司，深圳沄岚智能有限公司，重点投向伺服电机和减速器。");
        assertThat(objects.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳沄岚智能有限公司", "伺服电机")).isFalse();
    }

    @Test
    void a_line_of_fields_that_opens_with_the_unit_a_team_rests_on_speaks_of_that_unit() {
        Extracted x = Extracted.from("一、A类团队\n"
                + "1. 人形机器人高功率关节创新团队。依托单位：中山沄岚驱动科技有限公司；合作单位：南方科技大学；所在镇街（园区）：小榄镇；"
                + "主要方向：关节模组、行星滚柱丝杠；拟资助经费：1,000万元。\n"
                + "实验室名称：中山沄川联合实验室\n"
                + "依托单位：中山市汐汀机器人有限公司；合作单位：深圳大学\n");
        String unit = "中山沄岚驱动科技有限公司";
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "南方科技大学", unit)).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市小榄镇", unit)).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, unit, "关节模组")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, unit, "行星滚柱丝杠")).isTrue();
        // under a card that names its laboratory, the unit built the laboratory, and the partner works with the laboratory
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "中山市汐汀机器人有限公司", "中山沄川联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳大学", "中山沄川联合实验室")).isFalse();
        assertThat(x.partners("深圳大学", "中山沄川联合实验室")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", "中山市汐汀机器人有限公司")).isFalse();
    }

    @Test
    void of_two_name_columns_the_one_that_names_a_firm_gives_the_row_s_entity() {
        Extracted x = Extracted.from("序号\t项目名称\t路演企业\t合作高校/院所\t所在城市\n"
                + "1\t仿生五指灵巧手\t深圳市沄川科技有限公司\t香港科技大学\t深圳\n"
                + "2\t关节驱动器\t中山市漪岚电驱科技有限公司\t深圳技术大学\t中山\n"
                + "\n序号\t专利名称\t转让方\t受让方\t交易方式\n"
                + "1\t一种视觉定位方法\t深圳大学\t中山市汐岚视觉科技有限公司\t专利权转让\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "香港科技大学", "深圳市沄川科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市", "中山市漪岚电驱科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳技术大学", "中山市漪岚电驱科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", "中山市汐岚视觉科技有限公司")).isTrue(); // 转让方 | 受让方
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "香港科技大学", "中山市漪岚电驱科技有限公司")).isFalse();
    }

    @Test
    void fields_joined_by_yu_in_a_cell_are_two_fields() {
        Extracted x = Extracted.from("企业名称\t产业链环节\t所在城市\n"
                + "深圳市沄岚动力科技有限公司\t伺服电机与驱动器\t深圳\n"
                + "中山市沄川传感科技有限公司\t触觉传感器及机器视觉\t中山\n");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市沄岚动力科技有限公司", "伺服电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市沄川传感科技有限公司", "机器视觉")).isTrue();
        assertThat(x.allNames()).doesNotContain("伺服电机与驱动器", "触觉传感器及机器视觉");
    }

    @Test
    void money_given_with_an_amount_before_the_verb_funds() {
        Extracted x = Extracted.from("汐岫精密股份有限公司（以下简称汐岫精密）以美金3,200万元增资中山汐岫传动机械有限公司。"
                + "漪川光电股份有限公司以人民币2,480万元投资深圳市漪川视觉科技有限公司。"
                + "沄岚控股有限公司以3,000万元的估值完成融资，深圳市沄岚科技有限公司参与了调研。");
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "汐岫精密股份有限公司", "中山汐岫传动机械有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "漪川光电股份有限公司", "深圳市漪川视觉科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "沄岚控股有限公司", "深圳市沄岚科技有限公司")).isFalse();
    }

    @Test
    void a_firm_that_belongs_to_a_trade_is_in_that_industry_but_a_title_it_holds_is_none() {
        Extracted x = Extracted.from("试点场景单位：中山市沺岚电器股份有限公司（小榄镇），属家用电器行业；中山沺川灯饰有限公司（古镇镇），属灯饰照明行业。"
                + "深圳市沺岫科技有限公司属于国家级专精特新小巨人企业。");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山沺川灯饰有限公司", "灯饰照明")).isTrue();
        assertThat(x.names(EntityLabel.Industry)).doesNotContain("专精特新小巨人", "国家级专精特新小巨人");
    }

    @Test
    void a_head_written_again_and_again_is_a_speaker_not_an_entry() {
        Extracted x = Extracted.from("记者口播：我现在就在翠亨新区的湜岚具身智能产业园，这里每天能下线十几台人形机器人。\n"
                + "同期声（企业负责人）：我们总部在深圳市南山区，主要做人形机器人整机。\n"
                + "记者口播：湜川主攻双足人形机器人整机，今年计划交付800台。\n"
                + "同期声（技术负责人）：我们以前主要给家电做齿轮，现在做谐波减速器。\n"
                + "记者口播：一台人形机器人身上有四十多个关节，每个关节都离不开减速器。\n");
        assertThat(x.names(EntityLabel.Enterprise)).doesNotContain("记者口播", "同期声");
    }

    @Test
    void a_firm_a_directory_lists_under_two_headings_stays_an_entry() {
        Extracted x = Extracted.from("重点企业名录\n"
                + "・湜岚飞控（深圳）：飞控系统\n"
                + "・湜岫航电（中山）：机载电子\n"
                + "・湜岚飞控（深圳）：无人机整机\n");
        assertThat(x.names(EntityLabel.Enterprise)).contains("湜岚飞控");
    }
}
