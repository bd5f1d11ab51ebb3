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
    void no_facts_when_the_sentence_states_none() {
        assertThat(facts("基金聚焦机器人产业。")).isEmpty();
    }
}
