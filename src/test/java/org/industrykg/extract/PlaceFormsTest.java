package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Places written other than by their full official name: the short form of a district or town the
 * same document has named in full, and the cities of Taiwan and districts of Hong Kong, which the
 * division package does not list, and a park named after a town its sentence writes in full (港口镇的港口…科创园).
 * Invented sentences on the real pipeline.
 */
class PlaceFormsTest {

    private static boolean has(Extracted x, RelationType type, String source, String target) {
        return x.hasRelation(type, source, target);
    }

    @Test
    void a_district_named_in_full_is_meant_by_its_short_form_later_in_the_document() {
        Extracted a = Extracted.from("成都市双流区经济和信息化局召开推进会。会上，星川智能科技有限公司宣布落户双流，"
                + "岷山传感技术有限公司也将研发中心设在双流。");
        assertThat(has(a, RelationType.HOSTS, "成都市双流区", "星川智能科技有限公司")).isTrue();
        assertThat(has(a, RelationType.HOSTS, "成都市双流区", "岷山传感技术有限公司")).isTrue();

        Extracted town = Extracted.from("中山市坦洲镇与珠海企业对接。星川智能科技有限公司投资3亿元在坦洲建设生产基地。");
        assertThat(town.entity("中山市坦洲镇").map(ExtractedEntity::mentionCount).orElse(0)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_short_form_is_no_place_when_the_district_was_never_named_or_is_an_ordinary_word() {
        Extracted unnamed = Extracted.from("星川智能科技有限公司宣布落户双流。");
        assertThat(unnamed.names(EntityLabel.City)).doesNotContain("成都市双流区");

        Extracted word = Extracted.from("天津市和平区商务局发布通知。各企业要坚持和平发展，做强朝阳产业。");
        assertThat(word.extraction.entities()).noneMatch(e -> e.aliases().contains("和平") || e.aliases().contains("朝阳"));
    }

    @Test
    void the_cities_of_taiwan_and_the_districts_of_hong_kong_are_places() {
        Extracted tw = Extracted.from("東聯精機股份有限公司總部位於臺中市，在新竹縣設有研發中心。");
        assertThat(tw.label("台中市")).isEqualTo(EntityLabel.City);
        assertThat(tw.label("新竹县")).isEqualTo(EntityLabel.City);
        assertThat(has(tw, RelationType.HOSTS, "台中市", "东联精机股份有限公司")).isTrue();

        Extracted hk = Extracted.from("维港灵肢科技有限公司的办公室设在香港沙田区的科学园内。");
        assertThat(hk.names(EntityLabel.City)).anyMatch(n -> n.endsWith("沙田区"));
    }

    @Test
    void a_district_of_a_municipality_is_named_with_it_like_any_other_district() {
        Extracted a = Extracted.from("星川智能科技有限公司总部位于天津市北辰区，研发中心设在上海市徐汇区。");
        assertThat(a.label("天津市北辰区")).isEqualTo(EntityLabel.City);
        assertThat(a.entity("天津市北辰区").orElseThrow().aliases()).contains("北辰区");
        assertThat(has(a, RelationType.PART_OF, "天津市北辰区", "天津市")).isTrue();
        assertThat(has(a, RelationType.HOSTS, "天津市北辰区", "星川智能科技有限公司")).isTrue();
        assertThat(a.label("上海市徐汇区")).isEqualTo(EntityLabel.City);

        Extracted b = Extracted.from("岷山传感技术有限公司在重庆市渝北区和合肥市蜀山区设有分公司。");
        assertThat(b.allNames()).contains("重庆市渝北区", "合肥市蜀山区").doesNotContain("渝北区", "蜀山区");
    }

    @Test
    void a_city_is_part_of_its_province_where_a_sentence_names_both_even_if_not_its_first() {
        Extracted a = Extracted.from("绵阳市的星川智能科技有限公司新建了关节模组产线。"
                + "据统计，四川省的绵阳市、德阳市已聚集整机企业12家。");
        assertThat(has(a, RelationType.PART_OF, "绵阳市", "四川省")).isTrue();
        assertThat(has(a, RelationType.PART_OF, "德阳市", "四川省")).isTrue();

        // the nearest named division above: a district goes to its city, not past it to the province
        Extracted b = Extracted.from("苏州市吴中区聚集了机器人企业。江苏省和苏州市将设立专项基金。");
        assertThat(has(b, RelationType.PART_OF, "苏州市吴中区", "苏州市")).isTrue();
        assertThat(has(b, RelationType.PART_OF, "苏州市吴中区", "江苏省")).isFalse();
        assertThat(has(b, RelationType.PART_OF, "苏州市", "江苏省")).isTrue();

        // a province the text never names is not added
        Extracted c = Extracted.from("绵阳市的星川智能科技有限公司新建了关节模组产线。");
        assertThat(c.names(EntityLabel.City)).doesNotContain("四川省");
    }

    @Test
    void a_town_written_after_its_city_is_that_citys_even_where_the_data_lists_the_name_elsewhere_only() {
        // the data lists 凤凰镇 in other provinces, none in 东莞市: the text's 东莞市凤凰镇 is still 东莞's
        Extracted a = Extracted.from("东莞市凤凰镇人民政府与星川智能科技有限公司签约。星川智能科技有限公司将在凤凰镇建设生产基地，"
                + "凤凰镇经济发展局负责跟踪服务。");
        assertThat(a.names(EntityLabel.City)).contains("东莞市凤凰镇").noneMatch(n -> n.endsWith("凤凰镇") && !n.startsWith("东莞市"));
        assertThat(a.names(EntityLabel.GovernmentAgency)).contains("东莞市凤凰镇经济发展局");
        assertThat(has(a, RelationType.PART_OF, "东莞市凤凰镇人民政府", "东莞市凤凰镇")).isTrue();

        // a town the data has under the city written with it: the data's own
        Extracted b = Extracted.from("中山市黄圃镇与深圳企业对接，黄圃镇的食品企业将扩产。");
        assertThat(has(b, RelationType.PART_OF, "中山市黄圃镇", "中山市")).isTrue();
        assertThat(b.names(EntityLabel.City)).noneMatch(n -> n.endsWith("黄圃镇") && !n.startsWith("中山市"));
    }

    @Test
    void a_body_named_after_a_district_is_the_districts_even_with_a_national_looking_suffix() {
        Extracted a = Extracted.from("深圳市龙岗区人民政府召开会议。龙岗区投资推广署与星川智能科技有限公司签署合作协议。");
        assertThat(a.names(EntityLabel.GovernmentAgency)).contains("深圳市龙岗区投资推广署");
        Extracted national = Extracted.from("海关总署和国家知识产权局联合发文。");
        assertThat(national.names(EntityLabel.GovernmentAgency)).contains("海关总署");
    }

    @Test
    void a_firm_moving_its_lines_to_another_town_is_hosted_there_and_where_it_keeps_its_research() {
        Extracted x = Extracted.from("深圳企业澜峰科技有限公司将生产线整体转移至中山市三角镇，研发中心仍留在深圳市坪山区。"
                + "岷山电子有限公司把组装环节全部迁移到东莞市凤岗镇。");
        assertThat(has(x, RelationType.HOSTS, "中山市三角镇", "澜峰科技有限公司")).isTrue();
        assertThat(has(x, RelationType.HOSTS, "深圳市坪山区", "澜峰科技有限公司")).isTrue();
        assertThat(has(x, RelationType.HOSTS, "东莞市凤岗镇", "岷山电子有限公司")).isTrue();
    }

    @Test
    void a_district_named_like_a_park_is_a_district_and_a_development_zone_stays_a_park() {
        Extracted x = Extracted.from("星川机器人基金今年8月在上海市浦东新区登记成立，沐辰科技有限公司落户天津市滨海新区。"
                + "岱舟精密股份有限公司的新工厂位于唐山高新技术产业开发区。");
        assertThat(x.names(EntityLabel.City)).contains("上海市浦东新区", "天津市滨海新区");
        assertThat(x.names(EntityLabel.Park)).doesNotContain("上海市浦东新区", "天津市滨海新区", "浦东新区", "滨海新区");
        assertThat(x.names(EntityLabel.Park)).contains("唐山高新技术产业开发区");
    }

    @Test
    void hong_kong_districts_written_without_their_suffix_are_places_in_hong_kong() {
        Extracted x = Extracted.from("澄屿具身智能研发中心位于沙田，去年在观塘设立展示厅。");
        assertThat(x.label("沙田")).isEqualTo(EntityLabel.City);
        assertThat(x.hasRelation(RelationType.HOSTS, "沙田", "澄屿具身智能研发中心")
                || x.extraction.relations().stream().anyMatch(r -> r.type() == RelationType.HOSTS
                        && r.source().contains("沙田") && r.target().endsWith(":澄屿具身智能研发中心"))).isTrue();
        assertThat(Extracted.from("大埔县位于梅州市。").allNames()).noneMatch(n -> n.contains("香港"));
    }

    @Test
    void a_park_named_after_a_town_its_sentence_writes_in_full_is_a_name_even_when_the_short_form_is_a_common_word() {
        Extracted x = Extracted.from("联盟秘书处设在中山市港口镇的港口智能装备科创园。");
        assertThat(x.label("港口智能装备科创园")).isEqualTo(EntityLabel.Park);

        Extracted none = Extracted.from("联盟秘书处设在中山市港口镇，将打造智能装备科创园。"); // no town's name in it
        assertThat(none.names(EntityLabel.Park)).isEmpty();
    }

    @Test
    void a_city_a_middle_dot_and_one_of_its_districts_is_that_district() {
        Extracted x = Extracted.from("深圳市琅岫动力科技有限公司\n所在地： 深圳·南山\n");
        assertThat(x.hasRelation(RelationType.HOSTS, "深圳市南山区", "深圳市琅岫动力科技有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.PART_OF, "深圳市南山区", "深圳市")).isTrue();
        Extracted town = Extracted.from("中山市翎溪精密机械有限公司\n所在地： 中山·三角镇\n");
        assertThat(town.entity("中山市三角镇")).isPresent();
        Extracted zone = Extracted.from("中山市岫汀电池科技有限公司\n所在地： 中山·翠亨新区\n"); // a zone, no division: as written
        assertThat(zone.names(EntityLabel.City)).noneMatch(n -> n.contains("翠亨"));
        Extracted other = Extracted.from("深圳·东莞两地企业合作密切。"); // two cities, not a district
        assertThat(other.names(EntityLabel.City)).contains("深圳市", "东莞市");
    }
}
