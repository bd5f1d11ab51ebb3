package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.extract.RelationType;
import org.junit.jupiter.api.Test;

class CypherFileTest {

    @Test
    void named_sections_are_statements_without_comments_or_terminator() {
        CypherFile file = CypherFile.parse("x.cypher", """
                // header
                // :name first
                // what it does
                MATCH (n) RETURN n;

                // :name second
                MATCH (m)
                RETURN m;
                """);
        assertThat(file.query("first")).isEqualTo("MATCH (n) RETURN n");
        assertThat(file.query("second")).isEqualTo("MATCH (m)\nRETURN m");
        assertThatThrownBy(() -> file.query("third")).hasMessageContaining("third").hasMessageContaining("x.cypher");
    }

    @Test
    void an_unnamed_file_splits_into_statements() {
        CypherFile file = CypherFile.parse("s.cypher", "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// c\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n");
        assertThat(file.statements()).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("CREATE INDEX"));
    }

    @Test
    void the_schema_has_a_uniqueness_constraint_per_label_and_the_cjk_fulltext_index() {
        var statements = CypherFile.load("schema.cypher").statements();
        for (String label : new String[] {"Enterprise", "ResearchInstitute", "Park", "Fund", "Policy", "City",
                "GovernmentAgency", "Association", "Platform", "Industry", "Document"}) {
            assertThat(statements).anySatisfy(s -> assertThat(s).contains("(n:" + label + ")").contains("REQUIRE n.key IS UNIQUE"));
        }
        assertThat(statements).anySatisfy(s -> assertThat(s).contains("FULLTEXT").contains("'cjk'"));
    }

    /** The statements that spell out "every relationship type but MENTIONED_IN" must name exactly those. */
    @Test
    void spelled_out_relationship_type_lists_are_every_type_but_mentioned_in() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (RelationType type : RelationType.values()) {
            expected.add(type.name());
        }
        Pattern typeList = Pattern.compile("\\[\\w*:([A-Z_]+(?:\\|[A-Z_]+){3,})]");
        int lists = 0;
        for (String file : List.of("links.cypher", "neighbourhood.cypher", "subgraph.cypher", "relationships.cypher",
                "export.cypher")) {
            try (var in = CypherFile.class.getClassLoader().getResourceAsStream("cypher/" + file)) {
                Matcher m = typeList.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    assertThat(new TreeSet<>(List.of(m.group(1).split("\\|")))).as(file + ": " + m.group()).isEqualTo(expected);
                    lists++;
                }
            }
        }
        assertThat(lists).isGreaterThanOrEqualTo(8);
    }
}
