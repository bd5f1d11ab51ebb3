package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A focus verb in a clause that describes the name after it (主攻协作机器人的X, 专注谐波减速器的Y): the organisation
 * is in those fields; firms listed without a verb take the fields of a 分别 clause one each. Invented texts on the
 * real pipeline.
 */
class RelativeFieldTest {

    @Test
    void the_organisation_after_a_focus_clause_is_in_its_fields() {
        Extracted x = Extracted.from("主攻协作机器人和复合机器人的宁波星川智能装备股份有限公司，以及专注谐波减速器的宁波沐辰精密传动有限公司，"
                + "已成长为区内骨干企业。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波星川智能装备股份有限公司", "协作机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波星川智能装备股份有限公司", "复合机器人")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波沐辰精密传动有限公司", "谐波减速器")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波沐辰精密传动有限公司", "协作机器人")).isFalse();

        Extracted products = Extracted.from("园区引进了从事伺服电机等产品研发的洛阳岱舟驱动科技有限公司。");
        assertThat(products.hasRelation(RelationType.IN_INDUSTRY, "洛阳岱舟驱动科技有限公司", "伺服电机")).isTrue();

        Extracted institute = Extracted.from("聚焦具身智能的洛阳溯川人工智能研究院当天揭牌。");
        assertThat(institute.hasRelation(RelationType.IN_INDUSTRY, "洛阳溯川人工智能研究院", "具身智能")).isTrue();
    }

    @Test
    void a_field_followed_by_its_work_is_no_relative_clause() {
        Extracted x = Extracted.from("宁波星川智能装备股份有限公司专注谐波减速器的研发，宁波沐辰精密传动有限公司负责生产。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "宁波沐辰精密传动有限公司", "谐波减速器")).isFalse();
    }

    @Test
    void firms_a_verbless_clause_lists_take_the_fields_of_a_respectively_clause_one_each() {
        Extracted x = Extracted.from("首批签约的六家企业中，其余四家为洛阳星川智控科技有限公司、洛阳岱舟激光科技有限公司、洛阳沐辰电子有限公司"
                + "和洛阳溯川传感技术有限公司，分别从事运动控制器、激光雷达、机器人线束和MEMS传感器的研发生产。");
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳星川智控科技有限公司", "运动控制器")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳岱舟激光科技有限公司", "激光雷达")).isTrue();
        assertThat(x.hasRelation(RelationType.IN_INDUSTRY, "洛阳星川智控科技有限公司", "激光雷达")).isFalse();
    }
}
