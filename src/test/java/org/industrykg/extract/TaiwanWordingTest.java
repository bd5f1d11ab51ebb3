package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Taiwan's press writes organisations and places (國立 universities, 財團法人 institutes, 業者 and
 * 廠商 before a brand, 落腳 for settling), read after conversion to Simplified. Invented sentences on
 * the real pipeline.
 */
class TaiwanWordingTest {

    @Test
    void national_universities_and_foundation_institutes_are_names_of_their_own() {
        Extracted x = Extracted.from("嵐峰科技與國立中正大學簽署產學合作協議。財團法人精密機械研究中心位於臺中市。");
        assertThat(x.names(EntityLabel.ResearchInstitute)).contains("国立中正大学", "财团法人精密机械研究中心")
                .noneMatch(n -> n.contains("与"));
        assertThat(x.hasRelation(RelationType.HOSTS, "台中市", "财团法人精密机械研究中心")).isTrue();
    }

    @Test
    void a_brand_after_a_trade_word_is_a_firm_and_settling_is_written_luojiao() {
        Extracted x = Extracted.from("沐辰智能科技股份有限公司宣布，首座工廠落腳臺南科技工業區。高雄在地廠商岷山伺服也將擴產。");
        assertThat(x.names(EntityLabel.Enterprise)).contains("岷山伺服");
        assertThat(x.names(EntityLabel.Park)).contains("台南科技工业区");
        assertThat(x.hasRelation(RelationType.HOSTS, "台南科技工业区", "沐辰智能科技股份有限公司")).isTrue();
    }

    @Test
    void a_firms_first_plant_settling_somewhere_puts_the_firm_there() {
        Extracted x = Extracted.from("澜峰机器人股份有限公司13日宣布，首座量产厂落户星湖智能装备产业园，总投资35亿元。"
                + "岷山精密有限公司表示，第二座厂房将建在青禾工业区。");
        assertThat(x.hasRelation(RelationType.HOSTS, "星湖智能装备产业园", "澜峰机器人股份有限公司")).isTrue();
        assertThat(x.hasRelation(RelationType.HOSTS, "青禾工业区", "岷山精密有限公司")).isTrue();
    }
}
