package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The taxonomy and its cue file, without the NLP pipeline. */
class IndustryTaxonomyTest {

    private static final IndustryTaxonomy TAXONOMY = IndustryTaxonomy.load("extract/industries.txt");

    @Test
    void a_compound_outside_the_taxonomy_is_placed_under_its_head() {
        assertThat(TAXONOMY.broaderOf("谐振式传感器")).isEqualTo("传感器");
        assertThat(TAXONOMY.broaderOf("高温合金材料")).isEqualTo("新材料");
        assertThat(TAXONOMY.broaderOf("客户服务")).isNull();
    }

    @Test
    void the_taxonomy_states_the_broader_term_of_its_own_terms() {
        assertThat(TAXONOMY.broaderOf("谐波减速器")).isEqualTo("精密减速器");
        assertThat(TAXONOMY.broaderOf("灵巧手")).isEqualTo("机器人零部件");
        assertThat(TAXONOMY.broaderOf("新材料")).isNull();
        assertThat(TAXONOMY.term("宽禁带半导体")).isEqualTo("第三代半导体");
    }

    @Test
    void a_term_can_sit_under_two_broader_terms_and_the_first_is_its_broader_term() {
        assertThat(TAXONOMY.allBroaderOf("人形机器人")).containsExactly("智能机器人", "具身智能");
        assertThat(TAXONOMY.broaderOf("人形机器人")).isEqualTo("智能机器人");
        assertThat(TAXONOMY.allBroaderOf("智能机器人")).containsExactly("机器人");
        assertThat(TAXONOMY.allBroaderOf("具身智能")).isEmpty(); // not under 人工智能: AI funds do not reach 人形机器人
        assertThat(TAXONOMY.allBroaderOf("谐振式传感器")).containsExactly("传感器");
        assertThat(TAXONOMY.narrowerCount("具身智能")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_regional_way_of_writing_a_word_names_every_term_that_holds_the_word() {
        assertThat(TAXONOMY.term("人形机械人")).isEqualTo("人形机器人");
        assertThat(TAXONOMY.term("手术机械人")).isEqualTo("手术机器人");
        assertThat(TAXONOMY.term("机械人")).isEqualTo("机器人");
        assertThat(TAXONOMY.term("机械臂")).isNull();
    }

    @Test
    void broad_categories_are_not_taxonomy_terms() {
        assertThat(TAXONOMY.term("制造业")).isNull();
        assertThat(TAXONOMY.term("战略性新兴产业")).isNull();
        assertThat(TAXONOMY.term("未来产业")).isNull();
    }

    @Test
    void a_cue_file_with_an_unknown_section_is_refused_with_its_name() {
        assertThatThrownBy(() -> IndustryCues.load("extract/unknown-section.cues"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extract/unknown-section.cues").hasMessageContaining("[colours]");
    }
}
