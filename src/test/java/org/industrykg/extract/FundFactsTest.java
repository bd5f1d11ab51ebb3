package org.industrykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Fund size, date and status normalisation. */
class FundFactsTest {

    private static Map<String, Object> facts(String sentence) {
        return FundFacts.of(new Sentence(0, 0, sentence.length(), sentence, List.of()));
    }

    @Test
    void size_in_yi_yuan_becomes_yuan() {
        assertThat(facts("基金目标规模为100亿元。")).containsEntry("sizeCny", 10_000_000_000L).containsEntry("sizeText", "目标规模为100亿元");
        assertThat(facts("总规模2亿元。")).containsEntry("sizeCny", 200_000_000L);
        assertThat(facts("规模5000万元。")).containsEntry("sizeCny", 50_000_000L);
        assertThat(facts("规模12.5亿元。")).containsEntry("sizeCny", 1_250_000_000L);
    }

    @Test
    void chinese_numerals_are_read() {
        assertThat(facts("筹备设立百亿元规模的人形机器人产业基金。")).containsEntry("sizeCny", 10_000_000_000L);
        assertThat(facts("设立五十亿元基金。")).containsEntry("sizeCny", 5_000_000_000L);
    }

    @Test
    void qualifiers_are_kept() {
        assertThat(facts("规模不低于5亿元。")).containsEntry("sizeCny", 500_000_000L).containsEntry("sizeQualifier", "at-least");
        assertThat(facts("总规模超50亿元。")).containsEntry("sizeCny", 5_000_000_000L).containsEntry("sizeQualifier", "at-least");
        assertThat(facts("规模约10亿元。")).containsEntry("sizeQualifier", "approx");
    }

    @Test
    void month_and_status_are_read() {
        assertThat(facts("2023年12月，北京某产业基金正式成立。"))
                .containsEntry("established", "2023-12").containsEntry("status", "established");
        assertThat(facts("拟设立人形机器人产业基金。")).containsEntry("status", "planned");
        assertThat(facts("探索设立人形机器人产业基金。")).containsEntry("status", "planned");
    }

    @Test
    void a_first_close_belongs_to_the_fund_and_does_not_replace_its_total_size() {
        assertThat(facts("设立湘江智造产业基金，首期规模10亿元，目标规模30亿元。"))
                .containsEntry("sizeCny", 3_000_000_000L).containsEntry("sizeText", "目标规模30亿元")
                .containsEntry("firstCloseCny", 1_000_000_000L);
        assertThat(facts("该基金总规模50亿元、一期15亿元已完成募集。"))
                .containsEntry("sizeCny", 5_000_000_000L).containsEntry("firstCloseCny", 1_500_000_000L);
        assertThat(facts("基金首期20亿元已到位。"))
                .containsEntry("sizeCny", 2_000_000_000L).containsEntry("sizeText", "首期20亿元")
                .containsEntry("sizeQualifier", "first-close").doesNotContainKey("firstCloseCny");
    }

    @Test
    void words_of_planning_make_a_fund_planned() {
        assertThat(facts("市政府将设立低空经济产业基金。")).containsEntry("status", "planned");
        assertThat(facts("引导设立一批人形机器人子基金。")).containsEntry("status", "planned");
        assertThat(facts("计划成立规模10亿元的天使投资基金。")).containsEntry("status", "planned");
        assertThat(facts("谋划设立具身智能产业基金。")).containsEntry("status", "planned");
        assertThat(facts("该基金已于2024年3月注册成立。")).containsEntry("status", "established");
    }

    @Test
    void no_facts_when_the_sentence_states_none() {
        assertThat(facts("基金聚焦机器人产业。")).isEmpty();
    }
}
