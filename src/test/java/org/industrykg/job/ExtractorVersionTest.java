package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor version changes with the rule and data files and the stages' classes, and with nothing else. */
class ExtractorVersionTest {

    @Test
    void a_changed_rule_file_or_class_changes_the_version_and_other_files_do_not(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("extract"));
        Files.createDirectories(root.resolve("nlp/rules"));
        Files.createDirectories(root.resolve("org/industrykg/extract"));
        Files.createDirectories(root.resolve("org/industrykg/web"));
        Files.writeString(root.resolve("extract/names.rules"), "rule one");
        Files.writeString(root.resolve("nlp/rules/a.rules"), "nlp rule");
        Files.write(root.resolve("org/industrykg/extract/Pass.class"), new byte[] {1, 2, 3});
        String url = root.toUri().toString();
        String first = ExtractorVersion.of(url);
        assertThat(first).hasSize(16).isEqualTo(ExtractorVersion.of(url));

        Files.writeString(root.resolve("static.txt"), "not the extractor's");
        Files.write(root.resolve("org/industrykg/web/Controller.class"), new byte[] {9});
        assertThat(ExtractorVersion.of(url)).isEqualTo(first);

        Files.writeString(root.resolve("nlp/rules/a.rules"), "nlp rule, changed");
        String second = ExtractorVersion.of(url);
        assertThat(second).isNotEqualTo(first);
        Files.write(root.resolve("org/industrykg/extract/Pass.class"), new byte[] {1, 2, 4});
        assertThat(ExtractorVersion.of(url)).isNotEqualTo(second);
    }

    @Test
    void the_running_extractor_has_a_version() {
        assertThat(ExtractorVersion.current()).matches("[0-9a-f]{16}");
    }
}
