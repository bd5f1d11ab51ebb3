package org.industrykg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of {@code cypher/} on the classpath: the same files users can run by hand, so the
 * service and the documentation cannot drift apart. A file is either a list of statements
 * separated by {@code ;} or named sections that start with {@code // :name id}.
 */
public final class CypherFile {

    private static final String NAME_MARK = "// :name ";

    private final String path;
    private final Map<String, String> sections;

    private CypherFile(String path, Map<String, String> sections) {
        this.path = path;
        this.sections = sections;
    }

    /** Loads {@code cypher/<fileName>} from the classpath. */
    public static CypherFile load(String fileName) {
        String path = "cypher/" + fileName;
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file not on the classpath: " + path);
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static CypherFile parse(String path, String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith(NAME_MARK)) {
                putSection(sections, name, body);
                name = line.substring(NAME_MARK.length()).trim();
                body.setLength(0);
            } else if (!line.trim().startsWith("//")) {
                body.append(line).append('\n');
            }
        }
        putSection(sections, name, body);
        return new CypherFile(path, sections);
    }

    private static void putSection(Map<String, String> sections, String name, StringBuilder body) {
        String statement = stripTerminator(body.toString());
        if (!statement.isEmpty()) {
            sections.put(name == null ? "" : name, statement);
        }
    }

    private static String stripTerminator(String statement) {
        String s = statement.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** The statement of a named section. */
    public String query(String name) {
        String query = sections.get(name);
        if (query == null) {
            throw new IllegalArgumentException("No section '" + name + "' in " + path);
        }
        return query;
    }

    /** All statements of an unnamed file, split on {@code ;} at line ends. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String part : sections.getOrDefault("", "").split(";\\s*\n")) {
            String s = stripTerminator(part);
            if (!s.isEmpty()) {
                statements.add(s);
            }
        }
        return statements;
    }
}
