package org.industrykg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pieces for the pipeline: consecutive, covering the text, never longer than asked, cut at paragraphs first. */
class ChunksTest {

    @Test
    void pieces_cover_the_text_in_order_and_stay_within_the_limit() {
        String text = "第一段。\n".repeat(50) + "没有换行的一段很长的文字，".repeat(40) + "结尾。";
        List<Chunks.Chunk> chunks = Chunks.of(text, 64);
        assertThat(chunks.get(0).begin()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < chunks.size(); i++) {
            Chunks.Chunk chunk = chunks.get(i);
            assertThat(chunk.end() - chunk.begin()).isPositive().isLessThanOrEqualTo(64);
            if (i > 0) {
                assertThat(chunk.begin()).isEqualTo(chunks.get(i - 1).end());
            }
        }
    }

    @Test
    void a_cut_falls_after_a_line_break_then_after_a_sentence_end() {
        String paragraphs = "甲".repeat(30) + "\n" + "乙".repeat(30) + "\n" + "丙".repeat(30);
        assertThat(Chunks.of(paragraphs, 70)).extracting(Chunks.Chunk::end).containsExactly(62, 92);
        String sentences = "甲".repeat(30) + "。" + "乙".repeat(30) + "！" + "丙".repeat(30);
        assertThat(Chunks.of(sentences, 70)).extracting(Chunks.Chunk::end).containsExactly(62, 92);
    }

    @Test
    void a_hard_cut_never_splits_a_surrogate_pair() {
        String text = "𠀀".repeat(10);
        for (Chunks.Chunk chunk : Chunks.of(text, 5)) {
            assertThat(Character.isLowSurrogate(text.charAt(chunk.begin()))).isFalse();
        }
    }

    @Test
    void a_short_text_is_one_piece() {
        assertThat(Chunks.of("短文。", 10_000)).containsExactly(new Chunks.Chunk(0, 3));
        assertThat(Chunks.of("", 10_000)).containsExactly(new Chunks.Chunk(0, 0));
    }
}
