package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.industrykg.extract.DocumentExtractor;
import org.industrykg.extract.EntityLabel;
import org.industrykg.extract.ExtractedEntity;
import org.industrykg.extract.Extraction;
import org.industrykg.extract.KnownNames;
import org.industrykg.extract.RuleBasedExtractor;
import org.junit.jupiter.api.Test;

/** The reading path feeding the real extractor (real CoreNLP Chinese models): formats, scripts, masking. */
class ReadingPathExtractionTest {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();

    private static Extraction extract(byte[] bytes, String fileName) throws UnreadableFileException {
        NormalisedText text = new TextNormaliser().normalise(DocumentReader.read(bytes, fileName).text());
        LetterMetadata metadata = new MetadataParser().parse(text.text());
        return EXTRACTOR.extract(new DocumentExtractor.DocumentInput(fileName, text.text(), metadata.issuer(),
                metadata.title(), KnownNames.NONE, text.written()));
    }

    private static ExtractedEntity entity(Extraction extraction, EntityLabel label, String name) {
        return extraction.entities().stream().filter(e -> e.label() == label && e.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " " + name + " in "
                        + extraction.entities().stream().map(ExtractedEntity::key).toList()));
    }

    @Test
    void traditional_news_gives_simplified_canonical_names_with_the_traditional_spelling_as_alias() throws Exception {
        String news = "台北示範機器人股份有限公司與新竹科技大學簽署合作協議，雙方將共建具身智能聯合實驗室，"
                + "重點研發人形機器人關鍵零部件。\n\n聯絡人：林志明，電話：0912-345-678，郵箱：lin@example.tw。";

        Extraction extraction = extract(news.getBytes(StandardCharsets.UTF_8), "taipei-news.txt");

        ExtractedEntity company = entity(extraction, EntityLabel.Enterprise, "台北示范机器人股份有限公司");
        assertThat(company.aliases()).contains("台北示範機器人股份有限公司");
        ExtractedEntity university = entity(extraction, EntityLabel.ResearchInstitute, "新竹科技大学");
        assertThat(university.aliases()).contains("新竹科技大學");
        assertThat(extraction.entities()).allSatisfy(e -> {
            assertThat(e.name()).doesNotContain("林志明").doesNotContain("志明").doesNotContain("＊");
            assertThat(e.aliases()).noneMatch(alias -> alias.contains("志明") || alias.contains("0912"));
        });
        assertThat(extraction.relations()).isNotEmpty().allSatisfy(r -> assertThat(r.evidence().sentence())
                .doesNotContain("林志明").doesNotContain("0912").doesNotContain("lin@"));
    }

    @Test
    void pdf_docx_and_txt_of_one_notice_give_the_same_entities() throws Exception {
        String txt = String.join("\n\n", DocumentReaderTest.TITLE, DocumentReaderTest.SALUTATION,
                DocumentReaderTest.BODY, DocumentReaderTest.CLOSING);
        String body = DocumentReaderTest.BODY;
        byte[] pdf = TestFiles.pdf(List.of(
                List.of(DocumentReaderTest.TITLE, "", DocumentReaderTest.SALUTATION, "", body.substring(0, 30),
                        body.substring(30, 60), "", "- 1 -"),
                List.of(body.substring(60), "", DocumentReaderTest.CLOSING, "", "- 2 -")));
        byte[] docx = TestFiles.docx(List.of(DocumentReaderTest.TITLE, DocumentReaderTest.SALUTATION, body,
                DocumentReaderTest.CLOSING));

        Set<String> fromTxt = keys(extract(txt.getBytes(StandardCharsets.UTF_8), "notice.txt"));

        assertThat(fromTxt).contains("Enterprise:东湖示范智能装备有限公司", "ResearchInstitute:江城示范理工大学");
        assertThat(keys(extract(pdf, "notice.pdf"))).isEqualTo(fromTxt);
        assertThat(keys(extract(docx, "notice.docx"))).isEqualTo(fromTxt);
    }

    private static Set<String> keys(Extraction extraction) {
        return extraction.entities().stream().map(ExtractedEntity::key).collect(Collectors.toSet());
    }
}
