package org.industrykg.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names a run hands each document: kept up to date as documents add theirs, without the ambiguous ones. */
class KnownNamesTest {

    @Test
    void names_added_after_the_names_were_handed_out_are_seen_and_a_form_of_two_entities_is_dropped() {
        KnownNames.Builder builder = new KnownNames.Builder()
                .add(EntityLabel.Enterprise, "湖南星翼航空科技有限公司", List.of("星翼航空"));
        KnownNames names = builder.build();
        assertThat(names.get("星翼航空")).isEqualTo(new KnownNames.Known(EntityLabel.Enterprise, "湖南星翼航空科技有限公司"));

        builder.add(EntityLabel.Enterprise, "深圳市云帆精密科技有限公司", List.of("云帆精密"));
        assertThat(names.get("云帆精密")).isNotNull();
        String text = "今年云帆精密与星翼航空签约。";
        assertThat(names.mayStartAt(text, text.indexOf("云帆"))).isTrue();
        assertThat(names.mayStartAt(text, text.indexOf("星翼"))).isTrue();
        assertThat(names.mayStartAt(text, 0)).isFalse();
        assertThat(names.mayStartAt(text, text.length() - 2)).isFalse();

        // The same form for the same entity again changes nothing; for another entity it is ambiguous, for good.
        builder.add(EntityLabel.Enterprise, "湖南星翼航空科技有限公司", List.of("星翼航空"));
        assertThat(names.get("星翼航空")).isNotNull();
        builder.add(EntityLabel.Enterprise, "江西星翼航空材料有限公司", List.of("星翼航空"));
        assertThat(names.get("星翼航空")).isNull();
        builder.add(EntityLabel.Enterprise, "湖南星翼航空科技有限公司", List.of("星翼航空"));
        assertThat(names.get("星翼航空")).isNull();
        assertThat(names.get("湖南星翼航空科技有限公司")).isNotNull();
    }

    @Test
    void cities_industries_short_forms_and_relative_forms_are_never_names() {
        KnownNames names = new KnownNames.Builder()
                .add(EntityLabel.City, "深圳市", List.of("深圳"))
                .add(EntityLabel.GovernmentAgency, "长沙市工业和信息化局", List.of("市工业和信息化局", "工信"))
                .build();
        assertThat(names.get("深圳市")).isNull();
        assertThat(names.get("市工业和信息化局")).isNull();
        assertThat(names.get("工信")).isNull();
        assertThat(names.get("长沙市工业和信息化局")).isNotNull();
    }

    @Test
    void a_class_noun_or_role_declared_as_a_short_name_does_not_carry_to_another_document() {
        KnownNames names = new KnownNames.Builder()
                .add(EntityLabel.ResearchInstitute, "中山鹯鹲智能机器人研究院", List.of("研究院", "鹯鹲研究院"))
                .add(EntityLabel.Park, "深中鹴鹐智能装备产业园", List.of("产业园", "本园区"))
                .add(EntityLabel.Enterprise, "深圳市鹑鸸私募股权基金管理有限公司", List.of("管理人", "鹑鸸资本"))
                .build();
        assertThat(names.get("研究院")).isNull();
        assertThat(names.get("产业园")).isNull();
        assertThat(names.get("本园区")).isNull();
        assertThat(names.get("管理人")).isNull();
        assertThat(names.get("鹯鹲研究院")).isNotNull();
        assertThat(names.get("鹑鸸资本")).isNotNull();
        // within its own text a declared class noun still names its entity
        KnownNames own = new KnownNames.Builder().declare(EntityLabel.Park, "深中鹴鹐智能装备产业园", "产业园").build();
        assertThat(own.get("产业园")).isEqualTo(new KnownNames.Known(EntityLabel.Park, "深中鹴鹐智能装备产业园"));
    }
}
