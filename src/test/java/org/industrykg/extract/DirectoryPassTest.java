package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Directory lines of reports and lists (——名称：描述, ・名称（地点）：产品, 名称（产品、产品）): the entry's
 * name is an enterprise, its products its industries, a bracketed place hosts it. Invented lines
 * on the real pipeline.
 */
class DirectoryPassTest {

    @Test
    void an_entry_after_a_dash_or_bullet_is_a_firm_in_the_industries_its_description_names() {
        Extracted x = Extracted.from("一、重点项目\n——澜峰人形：双足人形机器人整机研发基地，一期厂房已投产；\n"
                + "——岱舟星动：原总部位于杭州市，今年将四足机器人生产线迁入本园；\n"
                + "・沐辰伺服（苏州）：伺服电机、关节模组\n");
        assertThat(x.names(EntityLabel.Enterprise)).contains("澜峰人形", "岱舟星动", "沐辰伺服");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "澜峰人形", "人形机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "岱舟星动", "四足机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "沐辰伺服", "伺服电机")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "苏州市", "沐辰伺服")).isTrue();
    }

    @Test
    void a_firm_with_its_products_in_brackets_is_in_those_industries() {
        Extracted x = Extracted.from("核心零部件项目如下：\n溯川精密（RV减速器、谐波减速器）；\n"
                + "星川科技有限公司（主营协作机器人）在本区设立研发中心。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "溯川精密", "RV减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "溯川精密", "谐波减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "星川科技有限公司", "协作机器人")).isTrue();
    }

    @Test
    void topic_headings_and_abbreviation_brackets_make_no_entries() {
        Extracted x = Extracted.from("一、重点任务：发展人形机器人整机\n2. 主要产品（2024年）：工业机器人\n"
                + "星川科技有限公司（以下简称星川科技）专注工业机器人。");
        assertThat(x.allNames()).doesNotContain("重点任务", "主要产品");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().startsWith("rule:directory"));
    }

    @Test
    void a_block_of_colon_lines_without_markers_under_a_signing_heading_lists_firms_the_park_hosts() {
        Extracted x = Extracted.from("""
                岱山湾智能机器人产业园（以下简称“产业园”）昨日举行第三批项目集中签约活动。产业园已累计引进企业28家。
                二、本批签约企业名单
                澜峰动力：人形机器人整机研发及小批量试制，计划投资5亿元
                沐辰触感：电子皮肤与柔性触觉传感器
                岱舟驱动：关节模组与伺服电机
                溯川灵巧：五指灵巧手
                三、下一步工作
                产业园将继续完善配套。
                """);
        assertThat(x.names(EntityLabel.Enterprise)).contains("澜峰动力", "沐辰触感", "溯川灵巧");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "沐辰触感", "电子皮肤")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾智能机器人产业园", "澜峰动力")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾智能机器人产业园", "溯川灵巧")).isTrue();
    }

    @Test
    void two_colon_lines_are_no_block_of_entries() {
        Extracted x = Extracted.from("""
                岱山湾智能机器人产业园今年新增企业12家。岱山湾智能机器人产业园位于宁波市。
                新增企业：
                溯川灵巧：五指灵巧手
                沐辰触感：电子皮肤
                """);
        assertThat(x.allNames()).doesNotContain("溯川灵巧", "沐辰触感");
    }

    @Test
    void a_text_that_opens_with_firms_settling_lists_them_under_any_heading() {
        Extracted x = Extracted.from("""
                6家机器人企业集体入驻岱山湾具身园
                11月2日，岱山湾具身智能产业园（以下简称“岱山湾具身园”）举行企业集中入驻仪式。
                岱山湾具身园位于宁波市北仑区。
                来认识一下新邻居
                澜峰机器人（全尺寸双足人形机器人）
                沐辰传动（谐波减速器、RV减速器）
                星川科技有限公司（主营协作机器人）今年在宁波市鄞州区设立了研发中心，带动上下游企业集聚，形成了完整的产业配套体系。
                """);
        assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾具身智能产业园", "澜峰机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾具身智能产业园", "沐辰传动")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "沐辰传动", "谐波减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾具身智能产业园", "星川科技有限公司")).isFalse();
    }

    @Test
    void of_two_parks_named_as_often_the_one_named_first_hosts_the_list_every_time() {
        String text = """
                岱山湾智能机器人产业园第三批项目集中签约，澜溪机器人产业园同日开园。
                二、本批签约企业名单
                澜峰动力：人形机器人整机研发及小批量试制
                沐辰触感：电子皮肤与柔性触觉传感器
                岱舟驱动：关节模组与伺服电机
                三、下一步工作
                岱山湾智能机器人产业园和澜溪机器人产业园将继续完善配套。
                """;
        for (int run = 0; run < 5; run++) { // the parks tie; which one hosts must not depend on a hash map's order
            Extracted x = Extracted.from(text);
            assertThat(x.hasRelation(RelationType.HOSTS, "岱山湾智能机器人产业园", "沐辰触感")).as("run %d", run).isTrue();
            assertThat(x.hasRelation(RelationType.HOSTS, "澜溪机器人产业园", "沐辰触感")).as("run %d", run).isFalse();
        }
    }

    @Test
    void a_project_title_after_the_colon_is_what_a_grant_funds_not_what_the_firm_makes() {
        Extracted x = Extracted.from("""
                拟支持项目名单如下：
                1．洛阳星川智能科技有限公司：协作机器人关节模组研发项目（偃师区），拟资助200万元。
                ——洛阳沐辰精密传动有限公司：谐波减速器、RV减速器
                """);
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳星川智能科技有限公司", "协作机器人")).isFalse();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳沐辰精密传动有限公司", "谐波减速器")).isTrue();
    }
}
