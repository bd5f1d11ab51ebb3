package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void escapes_every_lucene_special_character() {
        assertThat(FullTextQuery.of("中山(工业)+局*?\"~^:/\\[]{}!&|-"))
                .isEqualTo("中山\\(工业\\)\\+局\\*\\?\\\"\\~\\^\\:\\/\\\\\\[\\]\\{\\}\\!\\&\\|\\-");
    }

    @Test
    void lower_cases_so_that_boolean_operators_are_plain_words() {
        assertThat(FullTextQuery.of("AI AND 机器人 OR NOT x")).isEqualTo("ai and 机器人 or not x");
    }

    @Test
    void one_character_is_told_apart_also_beyond_the_basic_plane() {
        assertThat(FullTextQuery.isSingleCharacter("深")).isTrue();
        assertThat(FullTextQuery.isSingleCharacter("𠀀")).isTrue();
        assertThat(FullTextQuery.isSingleCharacter("深圳")).isFalse();
    }
}
