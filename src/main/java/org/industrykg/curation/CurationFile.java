package org.industrykg.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The curation file: YAML with a list {@code operations}, one mapping per operation, applied in
 * order (docs/curation.md). A person may edit it by hand; the service appends to it without
 * touching what is already written, comments included.
 */
public final class CurationFile {

    static final String HEADER = """
            # Curation of the knowledge graph: corrections made by people, applied in this order after every
            # extraction and at start-up. Edit by hand or add through POST /api/curation; the format is in
            # docs/curation.md. Operations: merge (from, into), rename (key, name), relabel (key, label),
            # reject-entity (key), reject-edge (source, type, target), add-edge (source, type, target, note,
            # optional reference).
            operations:
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;

    public CurationFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /**
     * The operations of the file, in order; none when the file does not exist.
     *
     * @throws IllegalArgumentException naming the file and the operation when the file is not valid
     */
    public List<CurationOp> read() throws IOException {
        if (!Files.exists(path)) {
            return List.of();
        }
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    List<CurationOp> parse(String text) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(path + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (document == null) {
            return List.of();
        }
        if (!(document instanceof Map<?, ?> top) || !top.keySet().stream().allMatch("operations"::equals)) {
            throw new IllegalArgumentException(path + " must be a mapping with one key, operations (a list)");
        }
        Object list = top.get("operations");
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> entries)) {
            throw new IllegalArgumentException(path + ": operations must be a list");
        }
        List<CurationOp> ops = new ArrayList<>();
        for (Object entry : entries) {
            String where = path.getFileName() + ", operation " + (ops.size() + 1) + ":";
            if (!(entry instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(where + " must be a mapping such as {op: merge, from: KEY, into: KEY}");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v instanceof Date date ? date.toInstant().toString() : v));
            ops.add(CurationOp.of(fields, where + " field"));
        }
        return ops;
    }

    /**
     * Appends an operation at the end of the file (created with a header when missing), leaving the
     * text above as it was. When the file does not end in the block list this writes, it is written
     * anew from its operations, without its comments.
     */
    public void append(CurationOp op) throws IOException {
        List<CurationOp> before = read();
        String text = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : HEADER;
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        String appended = text + entry(op);
        List<CurationOp> after;
        try {
            after = parse(appended);
        } catch (IllegalArgumentException e) {
            after = List.of();
        }
        if (after.size() != before.size() + 1 || !after.get(after.size() - 1).equals(op)) {
            StringBuilder fresh = new StringBuilder(HEADER);
            before.forEach(existing -> fresh.append(entry(existing)));
            appended = fresh.append(entry(op)).toString();
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, ".curation", ".yml");
        Files.writeString(temporary, appended, StandardCharsets.UTF_8);
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** One list item in block style; every value double-quoted (a JSON string is a YAML double-quoted scalar). */
    public static String entry(CurationOp op) {
        StringBuilder item = new StringBuilder();
        String indent = "  - ";
        for (Map.Entry<String, String> field : op.fields().entrySet()) {
            item.append(indent).append(field.getKey()).append(": ")
                    .append(field.getKey().equals("op") ? field.getValue() : quote(field.getValue())).append('\n');
            indent = "    ";
        }
        return item.toString();
    }

    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
