package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A firm that builds, moves or expands a product's line is in that product's industry. Invented sentences, real pipeline. */
class ProductLineTest {

    @Test
    void the_products_of_a_line_a_firm_builds_are_its_industries() {
        Extracted x = Extracted.from("项目由深圳市澜岫传动技术有限公司投资12亿元，建设谐波减速器、一体化关节模组生产线12条。"
                + "深圳芯屿半导体有限公司在园区设立运动控制模组封测线。"
                + "资金用于中山市琼汀精密电机有限公司关节模组产线扩产。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市澜岫传动技术有限公司", "谐波减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市澜岫传动技术有限公司", "关节模组")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳芯屿半导体有限公司", "运动控制")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "中山市琼汀精密电机有限公司", "关节模组")).isTrue();
    }

    @Test
    void lines_paired_with_several_firms_by_respectively_are_no_one_s_alone() {
        Extracted x = Extracted.from("深圳市泠川电机有限公司、深圳潆汀智能装备集团有限公司分别租用标准厂房建设伺服电机产线和华南生产基地。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:product-line"));
    }
}
