package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a firm or park is in, written as where its products go (产品进入…领域), its leading industries (主导产业为…) or
 * what it specially makes (专门生产…); and the legal suffixes of Japanese and Korean companies (株式会社).
 * Invented texts on the real pipeline.
 */
class FocusWordsTest {

    @Test
    void products_entering_fields_leading_industries_and_special_products_give_the_industry() {
        Extracted x = Extracted.from("深圳市湜屿智能科技股份有限公司的产品进入服务机器人、协作机器人和教育机器人领域。\n"
                + "中山市湜岫智造产业园规划面积800亩，主导产业为伺服电机和智能装备。\n"
                + "中山湜汀精密制造有限公司专门生产灵巧手的微型关节。\n"
                + "深圳市湜峰科技有限公司进入中山市湜岫智造产业园。\n");
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市湜屿智能科技股份有限公司", "协作机器人")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "深圳市湜屿智能科技股份有限公司", "教育机器人")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山市湜岫智造产业园", "伺服电机")).isTrue();
        assertThat(x.hasRuleRelation(RelationType.IN_INDUSTRY, "中山湜汀精密制造有限公司", "灵巧手")).isTrue();
        // entering a park is no field
        assertThat(x.extraction.relations().stream()
                .anyMatch(r -> r.type() == RelationType.IN_INDUSTRY && r.source().endsWith(":深圳市湜峰科技有限公司")
                        && r.target().endsWith("产业园"))).isFalse();
    }

    @Test
    void japanese_and_korean_companies_are_enterprises() {
        Extracted x = Extracted.from("日本湜峤精机株式会社2019年在火炬开发区设立湜峤精机（中山）有限公司。\n"
                + "韩国湜澜电子株式会社与中山市湜溪电器有限公司签署合作协议。\n");
        assertThat(x.label("日本湜峤精机株式会社")).isEqualTo(EntityLabel.Enterprise);
        assertThat(x.hasRuleRelation(RelationType.FOUNDED, "日本湜峤精机株式会社", "湜峤精机（中山）有限公司")).isTrue();
        assertThat(x.partners("韩国湜澜电子株式会社", "中山市湜溪电器有限公司")).isTrue();
    }
}
