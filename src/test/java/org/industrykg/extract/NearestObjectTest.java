package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A trigger word's object is the nearest mention after it that the rule could link: in A与B共建的C设在P
 * the lab C was built, not the zone P. Invented sentences on the real pipeline.
 */
class NearestObjectTest {

    @Test
    void what_was_built_is_the_nearest_object_not_the_place_it_is_in() {
        Extracted x = Extracted.from("岚汀科技大学与中山市沐辰精密机械有限公司共建的灵巧驱动联合实验室设在中山市火炬开发区。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "岚汀科技大学", "灵巧驱动联合实验室")).isTrue();
        assertThat(x.extraction.relations()).noneMatch(r -> r.type() == RelationType.FOUNDED && r.target().endsWith("火炬开发区"));
    }

    @Test
    void a_list_of_objects_after_the_trigger_is_still_built_together() {
        Extracted x = Extracted.from("岚汀科技大学与中山市沐辰精密机械有限公司共建灵巧驱动联合实验室和机器视觉联合实验室。");
        assertThat(x.hasRelation(RelationType.FOUNDED, "岚汀科技大学", "灵巧驱动联合实验室")).isTrue();
        assertThat(x.hasRelation(RelationType.FOUNDED, "岚汀科技大学", "机器视觉联合实验室")).isTrue();
    }
}
