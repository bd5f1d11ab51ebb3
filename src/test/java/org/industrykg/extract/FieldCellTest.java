package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cell of a table's field column (所属领域, 主导产品) names its field whole, as the table writes it,
 * not only the taxonomy term inside it; the row's firm is IN_INDUSTRY that field. Invented tables.
 */
class FieldCellTest {

    @Test
    void each_item_of_a_product_cell_is_a_field_as_written() {
        Extracted x = Extracted.from("2025年专精特新企业名单\n序号\t企业名称\t所在地市\t主导产品\n"
                + "1\t深圳市霁川精密传动有限公司\t深圳市\t微型行星滚柱丝杠\n"
                + "2\t棠溪医疗器械有限公司\t中山市\t医用导管、体外诊断试剂\n"
                + "3\t北岭航空科技有限公司\t广州市\t工业级无人机整机\n");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "深圳市霁川精密传动有限公司", "微型行星滚柱丝杠")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "棠溪医疗器械有限公司", "医用导管")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "棠溪医疗器械有限公司", "体外诊断试剂")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "北岭航空科技有限公司", "工业级无人机")).isTrue(); // 整机 is no part of the field
        assertThat(x.names(EntityLabel.Industry)).doesNotContain("无人机", "深圳市", "中山市");
    }

    @Test
    void a_field_column_under_another_header_word_works_the_same() {
        Extracted x = Extracted.from("入库企业一览\n序号\t企业名称\t细分领域\n"
                + "1\t砚山光学科技有限公司\t车载光学镜头\n"
                + "2\t岚曦传感技术有限公司\t压阻式压力传感器\n");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "砚山光学科技有限公司", "车载光学镜头")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "岚曦传感技术有限公司", "压阻式压力传感器")).isTrue();
    }

    @Test
    void a_cell_that_names_a_place_or_a_name_is_no_field() {
        Extracted x = Extracted.from("序号\t企业名称\t所属领域\n1\t霁川智能科技有限公司\t东莞市\n2\t棠溪电子有限公司\t北岭科技有限公司\n");
        assertThat(x.names(EntityLabel.Industry)).isEmpty();
    }
}
