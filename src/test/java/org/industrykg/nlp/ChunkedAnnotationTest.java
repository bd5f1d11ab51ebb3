package org.industrykg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

/**
 * A document annotated in pieces reads as the same sentences and words as in one piece, with
 * offsets into the whole text; an interrupted annotation stops between pieces.
 */
class ChunkedAnnotationTest {

    private static final String LETTER = """
            中山市工业和信息化局
            关于支持中山大学建设智能制造研究院的复函
            中山市工业和信息化局支持中山大学与明阳智慧能源集团股份有限公司共建研究院。该研究院位于翠亨新区。
            深圳市人民政府与中山市人民政府签订深中合作协议，共同推进人形机器人产业发展！
            广东省粤科金融集团设立规模为10亿元的机器人产业基金？
            """;

    @Test
    void pieces_give_the_sentences_and_words_of_the_whole_text_with_its_offsets() {
        String text = LETTER.repeat(3);
        ChinesePipeline pipeline = ChinesePipeline.shared();
        List<Sentence> whole = pipeline.annotate(text, 100_000);
        List<Sentence> pieces = pipeline.annotate(text, 120);
        assertThat(pieces).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            Sentence sentence = pieces.get(i);
            assertThat(sentence.index()).isEqualTo(i);
            assertThat(text.substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
            assertThat(sentence.text()).isEqualTo(whole.get(i).text());
            assertThat(sentence.tokens()).extracting(Token::word).isEqualTo(whole.get(i).tokens().stream().map(Token::word).toList());
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.begin(), token.end())).isEqualTo(token.word());
            }
        }
    }

    @Test
    void an_interrupted_annotation_stops_between_pieces() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ChinesePipeline.shared().annotate(LETTER.repeat(50), 200))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
    }
}
