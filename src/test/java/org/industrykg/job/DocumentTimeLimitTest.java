package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.industrykg.EmbeddedApiTest;
import org.industrykg.extract.DocumentExtractor;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphWriter;
import org.industrykg.system.KgProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A document over {@code kg.document-timeout-seconds} fails with a line naming it, and the
 * documents before and after it load. The large document needs tens of seconds of annotation, the
 * small ones a fraction of one: the limit of 3 s lies far from both.
 */
class DocumentTimeLimitTest extends EmbeddedApiTest {

    @Autowired
    private GraphWriter writer;
    @Autowired
    private ObjectProvider<DocumentExtractor> extractor;
    @Autowired
    private KgProperties properties;
    @Autowired
    private org.industrykg.curation.CurationService curation;

    @Test
    void a_document_over_the_time_limit_fails_with_a_line_naming_it_while_the_others_load(@TempDir Path input)
            throws IOException {
        Files.writeString(input.resolve("a-small.txt"), "贵阳市科学技术局\n\n贵阳市科学技术局支持贵州贵阳大数据研究院建设。\n");
        StringBuilder big = new StringBuilder("遵义市工业和信息化局\n\n");
        for (int i = 0; big.length() < 400_000; i++) {
            big.append("遵义市工业和信息化局支持遵义第").append(i).append("智能装备产业园建设，推动装备制造产业发展。\n");
        }
        Files.writeString(input.resolve("b-big.txt"), big);
        Files.writeString(input.resolve("c-small.txt"), "安顺市科学技术局\n\n安顺市科学技术局与安顺学院签订合作协议。\n");

        ExtractionJob limited = new ExtractionJob(writer, extractor, properties, new DocumentTimeLimit(Duration.ofSeconds(3)), curation);
        JobReport report = limited.run(input, quiet());

        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.failures()).singleElement().asString().startsWith("b-big.txt: took longer than")
                .contains("kg.document-timeout-seconds (3 s)", "not loaded");
        List<String> names = reader.export().nodes().stream().map(GraphExport.Node::name).toList();
        assertThat(names).contains("贵阳市科学技术局", "安顺市科学技术局").doesNotContain("遵义市工业和信息化局");
        assertThat(writer.stored("a-small.txt")).isPresent();
        assertThat(writer.stored("c-small.txt")).isPresent();
        assertThat(writer.stored("b-big.txt")).isEmpty();
    }
}
