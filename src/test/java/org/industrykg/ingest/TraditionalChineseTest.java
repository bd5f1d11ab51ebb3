package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraditionalChineseTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void converts_a_traditional_document_to_simplified() {
        NormalisedText normalised = normaliser.normalise("台北示範機器人股份有限公司與新竹科技大學簽署合作協議，"
                + "雙方將共建具身智能聯合實驗室。");

        assertThat(normalised.text()).isEqualTo("台北示范机器人股份有限公司与新竹科技大学签署合作协议，"
                + "双方将共建具身智能联合实验室。");
        assertThat(normalised.convertedFromTraditional()).isTrue();
    }

    @Test
    void converts_phrases_with_the_phrase_table_not_character_by_character() {
        // 覆 alone stays 覆 (覆盖); in 函覆 and 反覆 it is 复.
        String text = normaliser.normalise("關於議案的函覆：經反覆研究，覆蓋全市的產業聯盟已經成立。").text();

        assertThat(text).isEqualTo("关于议案的函复：经反复研究，覆盖全市的产业联盟已经成立。");
    }

    @Test
    void maps_offsets_of_the_simplified_text_back_to_the_traditional_source_and_original_spelling() {
        String source = "第 1 頁\n\n為加快人形機器人產業發展，新竹科技大學與\n\n- 2 -\n\n台北示範機器人公司合作。";

        NormalisedText normalised = normaliser.normalise(source);

        assertThat(normalised.text()).isEqualTo("为加快人形机器人产业发展，新竹科技大学与台北示范机器人公司合作。");
        int start = normalised.text().indexOf("台北示范机器人公司");
        int end = start + "台北示范机器人公司".length();
        assertThat(source.substring(normalised.sourceOffset(start), normalised.sourceOffset(end)))
                .isEqualTo("台北示範機器人公司");
        assertThat(normalised.original(start, end)).isEqualTo("台北示範機器人公司");
        assertThat(normalised.original(13, 19)).isEqualTo("新竹科技大學");
        for (int i = 0; i < normalised.text().length(); i++) {
            char written = source.charAt(normalised.sourceOffset(i));
            assertThat(normalised.written().charAt(i)).isEqualTo(written);
            assertThat(normalised.sourceOffset(i + 1)).isGreaterThan(normalised.sourceOffset(i));
        }
    }

    @Test
    void leaves_simplified_documents_untouched_even_when_they_quote_a_traditional_name() {
        String source = "深圳市科技创新局支持东湖示范装备公司与台湾的「新竹示範科技」开展合作，"
                + "共同推进人形机器人、具身智能和低空经济等产业发展，并在中山市设立研发中心。";

        NormalisedText normalised = normaliser.normalise(source);

        assertThat(normalised.text()).isEqualTo(source);
        assertThat(normalised.written()).isSameAs(normalised.text());
        assertThat(normalised.convertedFromTraditional()).isFalse();
    }

    @Test
    void detects_traditional_by_the_share_of_characters_simplified_writing_replaces() {
        assertThat(ChineseScript.isTraditional("清華大學")).isTrue();
        assertThat(ChineseScript.isTraditional("清华大学")).isFalse();
        assertThat(ChineseScript.isTraditional("显著的著作")).as("著 is Simplified too").isFalse();
        assertThat(ChineseScript.isTraditional("Robotics Inc. 2025")).isFalse();
    }
}
