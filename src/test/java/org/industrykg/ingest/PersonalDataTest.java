package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private String normalise(String source) {
        return normaliser.normalise(source).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "联系人：张三，联系电话：0760-88881234。          | 联系人：＊＊，联系电话：＊＊＊＊＊＊＊＊＊＊＊＊＊。",
            "联系人:王先生 13912345678                       | 联系人:＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
            "聯絡人：陳大文，電話：(02)2345-6789              | 联络人：＊＊＊，电话：＊＊＊＊＊＊＊＊＊＊＊＊＊",
            "手机：139 1234 5678；邮箱：zhang.san@example.cn  | 手机：＊＊＊ ＊＊＊＊ ＊＊＊＊；邮箱：＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
            "联系人：李四电话：020-12345678                  | 联系人：＊＊电话：＊＊＊＊＊＊＊＊＊＊＊＊",
            "联系人：赵五、钱六                              | 联系人：＊＊、＊＊",
            "（联系人周九）                                  | （联系人＊＊）",
            "请与联系人沟通，联系人员共12名。                 | 请与联系人沟通，联系人员共12名。",
            "（联系人及电话：吴八 88886666）                  | （联系人及电话：＊＊＊＊＊＊＊＊＊＊）",
            "咨询热线：400-123-4567，传真：88886666            | 咨询热线：＊＊＊＊＊＊＊＊＊＊＊＊，传真：＊＊＊＊＊＊＊＊",
            "经办人：孙七（0755）2345 6789转123               | 经办人：＊＊＊＊＊＊＊＊＊＊＊＊ ＊＊＊＊＊＊＊＊",
    })
    void masks_contact_persons_phone_numbers_and_email_addresses(String line, String masked) {
        assertThat(normalise(line)).isEqualTo(masked);
    }

    @Test
    void masks_full_width_digits_and_keeps_the_length_and_offsets() {
        String source = "联系电话：１３８－０７６０－１２３４\n\n基金总规模100亿元。";

        NormalisedText normalised = normaliser.normalise(source);

        assertThat(normalised.text()).isEqualTo("联系电话：＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n基金总规模100亿元。");
        assertThat(normalised.text()).hasSize(source.length());
        assertThat(source.substring(normalised.sourceOffset(5), normalised.sourceOffset(18))).isEqualTo("１３８－０７６０－１２３４");
    }

    @Test
    void leaves_amounts_dates_document_numbers_and_counts_alone() {
        String text = "中工信函〔2025〕107号：2025年9月4日，总规模13800000000元的基金设立，"
                + "联系人员共12名，项目编号0760202501，第134078号提案。";

        assertThat(normalise(text)).isEqualTo(text);
    }

    @Test
    void masks_in_traditional_documents_before_conversion_so_neither_script_keeps_the_name() {
        NormalisedText normalised = normaliser.normalise("台北示範機器人公司與新竹科技大學合作。聯絡人：林志明，電話：0912-345-678。");

        assertThat(normalised.text()).doesNotContain("林志明").doesNotContain("0912").contains("联络人：＊＊＊");
        assertThat(normalised.written()).doesNotContain("林志明").doesNotContain("0912");
    }
}
