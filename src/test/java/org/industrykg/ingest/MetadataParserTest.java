package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataParserTest {

    private final MetadataParser parser = new MetadataParser();

    private static String seed(String name) throws IOException {
        return new TextNormaliser().normalise(Files.readString(Path.of("seeds", name))).text();
    }

    @Test
    void reads_letterhead_of_a_proposal_reply() throws IOException {
        LetterMetadata metadata = parser.parse(seed("000_8ba42ca9dc866ec8.txt"));

        assertThat(metadata.docNumber()).isEqualTo("中工信函〔2025〕107号");
        assertThat(metadata.issuer()).isEqualTo("中山市工业和信息化局");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 9, 4));
        assertThat(metadata.title()).isEqualTo("中山市工业和信息化局关于市政协十三届四次会议第134078号提案答复的函");
        assertThat(metadata.recipient()).isEqualTo("九三学社中山市委会");
    }

    @Test
    void does_not_read_a_second_publication_line_as_cc() throws IOException {
        assertThat(parser.parse(seed("000_8ba42ca9dc866ec8.txt")).cc()).isEmpty();
    }

    @Test
    void reads_cc_list_of_a_seed_letter() throws IOException {
        LetterMetadata metadata = parser.parse(seed("002_2b304c4e4a6feb7f.txt"));

        assertThat(metadata.cc()).containsExactly("市政协办公室", "市政府办公室", "市发展改革局", "市科技局", "市自然资源局", "市投促局");
        assertThat(metadata.docNumber()).isEqualTo("中工信函〔2025〕112号");
        assertThat(metadata.recipient()).isEqualTo("民革中山市委");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 9, 15));
    }

    @Test
    void reads_letter_of_another_bureau_with_signature_and_date_on_adjacent_lines() throws IOException {
        LetterMetadata metadata = parser.parse(seed("003_78249f80b13b42c9.txt"));

        assertThat(metadata.docNumber()).isEqualTo("中山科函〔2020〕205号");
        assertThat(metadata.issuer()).isEqualTo("中山市科学技术局");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(metadata.title()).isEqualTo("中山市科学技术局关于对中山市政协第十二届四次会议提案第124149号的答复");
        assertThat(metadata.recipient()).isEqualTo("港澳组委员，韩子天、郑咏梅、龙敏等代表");
        assertThat(metadata.cc()).containsExactly("市政府办公室", "市政协提案委", "各会办单位");
    }

    @Test
    void reads_only_the_headline_of_a_news_page() throws IOException {
        LetterMetadata metadata = parser.parse(seed("004_5a32d58461d66799.txt"));

        assertThat(metadata.title()).isEqualTo("地方政府产业基金瞄准人形机器人");
        assertThat(metadata.docNumber()).isNull();
        assertThat(metadata.issuer()).isNull();
        assertThat(metadata.date()).isNull();
        assertThat(metadata.recipient()).isNull();
        assertThat(metadata.cc()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8ba42ca9dc866ec8.txt", "001_a2a320b1c994b575.txt", "002_2b304c4e4a6feb7f.txt",
            "003_78249f80b13b42c9.txt"})
    void never_captures_contact_persons_or_phone_numbers(String name) throws IOException {
        LetterMetadata metadata = parser.parse(seed(name));

        assertThat(metadata.toString()).doesNotContainPattern("\\d{8}").doesNotContain("联系");
    }

    @Test
    void skips_contact_line_between_signature_and_date() {
        String text = "正文。\n\n中山市商务局\n（联系人：李四，电话：13800000000）\n2024年3月1日";

        LetterMetadata metadata = parser.parse(text);

        assertThat(metadata.issuer()).isEqualTo("中山市商务局");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(metadata.toString()).doesNotContain("李四").doesNotContain("13800000000");
    }

    @Test
    void reads_document_numbers_with_any_bracket() {
        assertThat(parser.parse("粤府办〔2024〕3号\n\n关于印发方案的通知").docNumber()).isEqualTo("粤府办〔2024〕3号");
        assertThat(parser.parse("中工信函[2025]107号").docNumber()).isEqualTo("中工信函[2025]107号");
        assertThat(parser.parse("中工信函（2025）107号").docNumber()).isEqualTo("中工信函（2025）107号");
        assertThat(parser.parse("中工信函【2025】107号").docNumber()).isEqualTo("中工信函【2025】107号");
        assertThat(parser.parse("根据《关于印发方案的通知》开展工作。").docNumber()).isNull();
    }

    @Test
    void reads_title_broken_over_two_lines_and_recipient_after_it() {
        String text = "广东省人民政府办公厅\n\n粤府办〔2024〕3号\n\n广东省人民政府办公厅关于印发广东省\n\n"
                + "推动人工智能产业发展若干措施的通知\n\n各地级以上市人民政府：\n\n现将措施印发给你们。";

        LetterMetadata metadata = parser.parse(text);

        assertThat(metadata.issuer()).isEqualTo("广东省人民政府办公厅");
        assertThat(metadata.title()).isEqualTo("广东省人民政府办公厅关于印发广东省推动人工智能产业发展若干措施的通知");
        assertThat(metadata.recipient()).isEqualTo("各地级以上市人民政府");
    }

    @Test
    void falls_back_to_signature_when_letterhead_has_no_issuer() {
        String text = "关于征集产业项目的通知\n\n各有关单位：\n\n请按时报送。\n\n中山市发展和改革局\n\n二〇二五年九月十四日";

        LetterMetadata metadata = parser.parse(text);

        assertThat(metadata.issuer()).isEqualTo("中山市发展和改革局");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(metadata.title()).isEqualTo("关于征集产业项目的通知");
        assertThat(metadata.docNumber()).isNull();
    }

    @Test
    void takes_issuer_from_a_title_that_begins_with_it_when_no_line_names_it_alone() {
        String text = "岳阳市人民政府办公室关于印发岳阳市促进新材料产业发展若干措施的通知\n\n岳政办发〔2026〕7号\n\n"
                + "各县市区人民政府：\n\n现将措施印发给你们。";

        assertThat(parser.parse(text).issuer()).isEqualTo("岳阳市人民政府办公室");
    }

    @Test
    void finds_a_notice_signature_that_stands_before_its_attached_measures() {
        String text = "关于印发若干措施的通知\n\n各有关单位：\n\n现印发给你们。\n\n绵阳市经济和信息化局\n\n2026年3月2日\n\n"
                + "若干措施\n\n第一条 支持企业发展。\n\n第二条 支持园区建设。\n\n第三条 支持平台建设。\n\n"
                + "第四条 支持人才引进。\n\n第五条 支持金融服务。\n\n第六条 本措施自印发之日起施行。";

        assertThat(parser.parse(text).issuer()).isEqualTo("绵阳市经济和信息化局");
    }

    @Test
    void takes_first_date_near_the_top_when_there_is_no_signing_date() {
        String text = "会议纪要\n\n2024年12月30日，市政府召开产业专题会议。\n\n会议要求加快推进项目建设。";

        assertThat(parser.parse(text).date()).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void splits_cc_list_on_chinese_and_latin_separators_and_drops_final_full_stop() {
        String text = "正文。\n\n抄送：市政协提案委、市政府办公室，市财政局,市科技局。";

        assertThat(parser.parse(text).cc()).containsExactly("市政协提案委", "市政府办公室", "市财政局", "市科技局");
    }

    @Test
    void cc_is_never_null() {
        assertThat(new LetterMetadata(null, null, null, null, null, null).cc()).isEmpty();
    }

    @Test
    void the_issuer_of_a_notice_is_the_body_above_its_title_or_the_body_of_its_letterhead() {
        assertThat(parser.parse("洛阳市人民政府办公室\n关于印发洛阳市加快人形机器人产业发展若干措施的通知\n各县区人民政府：\n现印发给你们。")
                .issuer()).isEqualTo("洛阳市人民政府办公室");
        assertThat(parser.parse("宁波市人民政府办公厅文件\n甬政办发〔2025〕12号\n宁波市人民政府办公厅\n关于印发某某措施的通知\n各区县：")
                .issuer()).isEqualTo("宁波市人民政府办公厅");
        assertThat(parser.parse("关于印发某某措施的通知\n各区县：\n现印发给你们。").issuer()).isNull();
    }

    @Test
    void a_joint_letterhead_gives_its_first_body_as_the_issuer() {
        String raw = "肇庆市科学技术局　肇庆市财政局\n"
                + "关于2025年度专项资金拟支持项目的公示\n\n各有关单位：\n现予以公示。\n\n肇庆市科学技术局　肇庆市财政局\n2025年9月12日\n";
        LetterMetadata m = new MetadataParser().parse(new TextNormaliser().normalise(raw).text());
        assertThat(m.issuer()).isEqualTo("肇庆市科学技术局");
    }

    @Test
    void a_portal_s_navigation_path_is_not_the_issuer_and_a_title_above_the_document_number_is_the_title() {
        String page = new TextNormaliser().normalise("江门市人民政府门户网站\n"
                + "首页 > 政务公开 > 政策文件 > 市府办文件\n"
                + "发布机构：江门市人民政府办公室\n\n"
                + "江门市人民政府办公室关于印发江门市翮翯产业协作若干措施的通知\n\n"
                + "江府办〔2026〕7号\n\n"
                + "各区人民政府，市各有关单位：\n"
                + "　　现将措施印发给你们，请认真组织实施。\n").text();
        LetterMetadata metadata = parser.parse(page);
        assertThat(metadata.issuer()).isEqualTo("江门市人民政府办公室");
        assertThat(metadata.title()).isEqualTo("江门市人民政府办公室关于印发江门市翮翯产业协作若干措施的通知");
        assertThat(metadata.recipient()).isEqualTo("各区人民政府，市各有关单位");
    }

    @Test
    void a_portal_s_name_line_and_an_arrowed_path_are_neither_title_nor_issuer() {
        String page = new TextNormaliser().normalise("江门市人民政府门户网站\n"
                + "网站首页 → 信息公开 → 江门市科学技术局\n\n"
                + "关于开展2026年度翮翯专项申报工作的通知\n\n"
                + "各有关单位：\n　　现将有关事项通知如下。\n").text();
        LetterMetadata metadata = parser.parse(page);
        assertThat(metadata.title()).isEqualTo("关于开展2026年度翮翯专项申报工作的通知");
        assertThat(metadata.issuer()).isNotEqualTo("网站首页 → 信息公开 → 江门市科学技术局");
    }
}
