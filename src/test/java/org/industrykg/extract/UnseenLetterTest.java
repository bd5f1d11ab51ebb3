package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A reply letter written for this test, in the genre of the seeds but about Changsha: none of its
 * organisations occur in the seeds, so what is found here comes from general rules and data.
 */
class UnseenLetterTest {

    private static final Extracted LETTER = load();

    private static Extracted load() {
        try (var in = UnseenLetterTest.class.getResourceAsStream("/extract/changsha-letter.txt")) {
            return Extracted.from(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void finds_the_organisations_with_their_types() {
        assertThat(LETTER.label("长沙市工业和信息化局")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(LETTER.label("长沙市财政局")).isEqualTo(EntityLabel.GovernmentAgency);
        assertThat(LETTER.label("民盟长沙市委")).isEqualTo(EntityLabel.Association);
        assertThat(LETTER.label("湖南中南智能装备研究院")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(LETTER.label("中南大学")).isEqualTo(EntityLabel.ResearchInstitute);
        assertThat(LETTER.label("长沙市低空经济产业投资基金")).isEqualTo(EntityLabel.Fund);
        assertThat(LETTER.label("湖南湘江新区投资集团有限公司")).isEqualTo(EntityLabel.Enterprise);
        assertThat(LETTER.label("长沙高新技术产业开发区")).isEqualTo(EntityLabel.Park);
        assertThat(LETTER.label("长沙市无人机产业协会")).isEqualTo(EntityLabel.Association);
        assertThat(LETTER.label("低空经济")).isEqualTo(EntityLabel.Industry);
    }

    @Test
    void resolves_the_declared_abbreviation() {
        assertThat(LETTER.entity("中南装备院").orElseThrow().name()).isEqualTo("湖南中南智能装备研究院");
    }

    @Test
    void reads_the_fund_facts() {
        var fund = LETTER.entity("长沙市低空经济产业投资基金").orElseThrow();
        assertThat(fund.properties()).containsEntry("sizeCny", 5_000_000_000L).containsEntry("established", "2024-06");
    }

    @Test
    void links_the_fund_to_its_manager_and_industries() {
        assertThat(LETTER.hasRelation(RelationType.MANAGES, "湖南湘江新区投资集团有限公司", "长沙市低空经济产业投资基金")).isTrue();
        assertThat(LETTER.hasRelation(RelationType.TARGETS, "长沙市低空经济产业投资基金", "无人机")).isTrue();
        assertThat(LETTER.hasRelation(RelationType.PARTNERS_WITH, "长沙市无人机产业协会", "株洲市航空产业协会")).isTrue();
    }

    @Test
    void keeps_no_person_or_phone_number() {
        assertThat(LETTER.allNames()).noneMatch(n -> n.contains("王小明") || n.contains("0731"));
    }
}
