package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Registries written as comma-separated rows or as tables drawn with box characters: their columns state the same facts
 * as a tab table's, the place column hosts a firm at its most specific place, and a place that contradicts the firm's
 * own name is where the firm came from, not where it is. Invented texts on the real pipeline.
 */
class RegistryRowsTest {

    private static final String REGISTRY = "园区入驻企业登记表\n"
            + "企业名称,所属行业,所在楼层,来源城市,合作院所\n"
            + "深圳市湉岚科技有限公司,关节模组,3F,深圳市宝安区,南方科技大学\n"
            + "中山湉川精密有限公司,精密减速器,5F,深圳市南山区,深圳大学\n"
            + "中山市湉岫电子有限公司,传感器,6F,中山市,电子科技大学中山学院\n"
            + "中山（龙华）湉汀科创孵化器,孵化服务,7F,深圳市龙华区,无\n";

    @Test
    void the_columns_of_comma_separated_rows_state_partners_industries_and_places() {
        Extracted x = Extracted.from(REGISTRY);
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "南方科技大学", "深圳市湉岚科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", "中山湉川精密有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "电子科技大学中山学院", "中山市湉岫电子有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山湉川精密有限公司", "精密减速器")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市", "中山市湉岫电子有限公司")).isTrue();
    }

    @Test
    void a_firm_is_hosted_by_the_district_of_its_cell_not_also_by_the_city_written_before_it() {
        Extracted x = Extracted.from(REGISTRY);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "深圳市湉岚科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "深圳市湉岚科技有限公司")).isFalse();
    }

    @Test
    void a_place_that_contradicts_the_firms_own_name_hosts_nothing_unless_the_name_names_it_too() {
        Extracted x = Extracted.from(REGISTRY);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "中山湉川精密有限公司")).isFalse(); // it came from there
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市", "中山湉川精密有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙华区", "中山（龙华）湉汀科创孵化器")).isTrue(); // an enclave
    }

    @Test
    void the_undertaking_unit_of_a_drawn_table_works_with_its_partner_even_when_its_name_wraps_in_its_cell() {
        Extracted x = Extracted.from("2025年度协同创新项目评审结果公示\n"
                + "┌──┬──────┬──────┬──────┐\n"
                + "│序号│项目名称    │承担单位    │合作单位    │\n"
                + "├──┼──────┼──────┼──────┤\n"
                + "│1 │灵巧手研发  │深圳市湉屿智│南方科技大学│\n"
                + "│  │            │能科技有限公│            │\n"
                + "│  │            │司          │            │\n"
                + "├──┼──────┼──────┼──────┤\n"
                + "│2 │关节模组研发│中山市湉峤精│深圳大学    │\n"
                + "│  │            │密传动有限公│            │\n"
                + "│  │            │司          │            │\n"
                + "└──┴──────┴──────┴──────┘\n");
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "南方科技大学", "深圳市湉屿智能科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.PARTNERS_WITH, "深圳大学", "中山市湉峤精密传动有限公司")).isTrue();
        assertThat(x.allNames()).doesNotContain("司", "深圳市湉屿智");
    }

    private static final String CARDS = "2025机器人展商名录\n"
            + "展位号：B2-01\n"
            + "展商：深圳市沺岚科技有限公司\n"
            + "产品类别：灵巧手、触觉传感器\n"
            + "企业简介：国家高新技术企业，总部位于深圳市龙岗区，在中山市坦洲镇设有生产基地。公司与南方科技大学合作开展触觉算法研究。\n"
            + "\n"
            + "展位号：B2-02\n"
            + "展商：中山沺川精密有限公司\n"
            + "企业简介：深圳市沺岫智能股份有限公司控股子公司，位于中山市三乡镇。2025年获深圳沺汀创业投资基金投资，"
            + "并与深圳大学联合开发关节模组。\n"
            + "\n"
            + "乙方：深圳市沺屿机器人研究院\n"
            + "住所：深圳市南山区\n";

    @Test
    void a_cards_profile_speaks_of_its_entry_in_clauses_that_name_no_subject() {
        Extracted x = Extracted.from(CARDS);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市龙岗区", "深圳市沺岚科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市坦洲镇", "深圳市沺岚科技有限公司")).isTrue(); // its base there
        assertThat(x.partners("深圳市沺岚科技有限公司", "南方科技大学")).isTrue(); // 公司 is the entry
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市沺岚科技有限公司", "灵巧手")).isTrue(); // 产品类别
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "深圳市沺岫智能股份有限公司", "中山沺川精密有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三乡镇", "中山沺川精密有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.FUNDS, "深圳沺汀创业投资基金", "中山沺川精密有限公司")).isTrue();
        assertThat(x.partners("中山沺川精密有限公司", "深圳大学")).isTrue();
        // the parent that describes the entry is not where the entry is
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市三乡镇", "深圳市沺岫智能股份有限公司")).isFalse();
        // the first card's base is not the second card's
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "中山市坦洲镇", "中山沺川精密有限公司")).isFalse();
    }

    @Test
    void a_party_of_an_agreement_opens_its_card_and_its_address_hosts_it() {
        Extracted x = Extracted.from(CARDS);
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "深圳市沺屿机器人研究院")).isTrue();
    }

    @Test
    void a_contact_address_and_a_signing_sides_line_say_nothing_about_the_card() {
        Extracted x = Extracted.from("项目名称：沺岚新能源电池产业园\n签约方：沺川集团有限公司\n所在地：深圳市宝安区\n\n"
                + "企业名称：沺岫科技有限公司\n注册地址：深圳市南山区\n联系地址：深圳市福田区福中三路1号\n");
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市宝安区", "沺川集团有限公司")).isFalse();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市南山区", "沺岫科技有限公司")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.HOSTS, "深圳市福田区", "沺岫科技有限公司")).isFalse();
    }
}
