package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fields an organisation makes something of, written before the verb: 把A和B作为主导产业; invented texts on the real pipeline. */
class DisposalFrameTest {

    @Test
    void a_park_or_firm_that_makes_fields_its_industries_is_in_them() {
        Extracted zone = Extracted.from("洛阳高新技术产业开发区把机器人与智能装备作为“3+2”主导产业之一。");
        assertThat(zone.hasRelation(RelationType.IN_INDUSTRY, "洛阳高新技术产业开发区", "机器人")).isTrue();
        assertThat(zone.hasRelation(RelationType.IN_INDUSTRY, "洛阳高新技术产业开发区", "智能装备")).isTrue();

        Extracted firm = Extracted.from("宁波星川传动科技股份有限公司近年主营精密齿轮，并把谐波减速器和空心杯电机作为新的增长点。");
        assertThat(firm.hasRelation(RelationType.IN_INDUSTRY, "宁波星川传动科技股份有限公司", "谐波减速器")).isTrue();

        Extracted listed = Extracted.from("宁波慈东经济技术开发区已将具身智能列为重点培育的未来产业之一。");
        assertThat(listed.hasRelation(RelationType.IN_INDUSTRY, "宁波慈东经济技术开发区", "具身智能")).isTrue();
    }

    @Test
    void a_policy_that_lists_fields_as_its_directions_targets_them() {
        Extracted x = Extracted.from("《洛阳市新材料产业发展行动方案》明确将磁性材料、先进高分子材料列为重点突破方向。");
        assertThat(x.hasRelation(RelationType.TARGETS, "洛阳市新材料产业发展行动方案", "磁性材料")).isTrue();
        assertThat(x.hasRelation(RelationType.TARGETS, "洛阳市新材料产业发展行动方案", "高分子材料")).isTrue();
    }

    @Test
    void a_firm_put_in_a_list_is_no_field() {
        Extracted x = Extracted.from("洛阳高新技术产业开发区将宁波星川机器人有限公司列为重点培育的机器人产业链主企业。");
        assertThat(x.extraction.relations()).noneMatch(r -> r.method().equals("rule:disposal-frame"));
    }
}
