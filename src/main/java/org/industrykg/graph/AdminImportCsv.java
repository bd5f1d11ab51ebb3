package org.industrykg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The graph as the CSV files that {@code neo4j-admin database import full} reads: one node file per
 * label ({@code nodes-Fund.csv}) with the header {@code key:ID,:LABEL,name,aliases:string[],...}
 * and one relationship file per type ({@code relationships-FUNDS.csv}) with
 * {@code :START_ID,:END_ID,:TYPE,...}. Each file carries its header on its first line. Properties
 * are typed in the header (long, double, boolean, string and their arrays); the evidence of an
 * edge is written back as the four arrays it is stored in, and MENTIONED_IN edges with their
 * counts, so the imported store is the graph the application reads. The documents' full text is
 * left out, as in the JSON export.
 *
 * <p>Array elements and the labels of {@code :LABEL} are separated by U+001F (the ASCII unit
 * separator), which normalised text never holds, since {@code ;} and {@code |} occur in evidence
 * sentences; fields are quoted and may span lines. Hence the import options
 * {@link #OPTIONS}, which {@link #COMMAND_FILE} spells out.
 */
public final class AdminImportCsv {

    /** Separates array elements and labels inside one field. */
    static final char ARRAY_DELIMITER = '\u001F';
    /** The options of {@code neo4j-admin database import full} that these files need. */
    public static final List<String> OPTIONS = List.of("--array-delimiter=U+001F", "--multiline-fields=true");
    /** The file of the export that holds the import command. */
    public static final String COMMAND_FILE = "import-command.txt";
    private static final String NODES = "nodes-";
    private static final String RELATIONSHIPS = "relationships-";
    private static final String ENTITY = "Entity";
    private static final String DOCUMENT = "Document";

    private AdminImportCsv() {
    }

    /**
     * The arguments of {@code neo4j-admin database import full} (before the database name) that
     * import the CSV files of a directory this class wrote.
     */
    public static List<String> importArguments(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return arguments(files.map(file -> file.getFileName().toString()).toList(),
                    name -> directory.resolve(name).toString());
        }
    }

    private static List<String> arguments(Collection<String> fileNames, Function<String, String> path) {
        List<String> arguments = new ArrayList<>(OPTIONS);
        new TreeSet<>(fileNames).forEach(name -> {
            if (name.startsWith(NODES) && name.endsWith(".csv")) {
                arguments.add("--nodes=" + path.apply(name));
            }
        });
        new TreeSet<>(fileNames).forEach(name -> {
            if (name.startsWith(RELATIONSHIPS) && name.endsWith(".csv")) {
                arguments.add("--relationships=" + path.apply(name));
            }
        });
        return arguments;
    }

    /** File name to content: the CSV files and {@link #COMMAND_FILE}. */
    static Map<String, String> files(GraphDump dump) {
        Map<String, String> files = new TreeMap<>();
        Map<String, List<GraphExport.Node>> byLabel = new TreeMap<>();
        dump.graph().nodes().forEach(node -> byLabel.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(node));
        byLabel.forEach((label, nodes) -> files.put(NODES + label + ".csv", nodeFile(label, nodes)));
        Map<String, List<GraphExport.Edge>> byType = new TreeMap<>();
        dump.graph().edges().forEach(edge -> byType.computeIfAbsent(edge.type(), t -> new ArrayList<>()).add(edge));
        byType.forEach((type, edges) -> files.put(RELATIONSHIPS + type + ".csv", edgeFile(edges)));
        if (!dump.mentions().isEmpty()) {
            files.put(RELATIONSHIPS + "MENTIONED_IN.csv", mentionFile(dump.mentions()));
        }
        files.put(COMMAND_FILE, command(files.keySet()));
        return files;
    }

    private static String command(Collection<String> fileNames) {
        return "# Run in this folder (the database must not exist yet, or add --overwrite-destination):\n"
                + "neo4j-admin database import full " + String.join(" \\\n    ", arguments(fileNames, name -> name))
                + " \\\n    neo4j\n";
    }

    /** Writes the files into a ZIP; the stream is finished, not closed. */
    static void writeZip(Map<String, String> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (var file : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Writes the files into a directory, which is created if needed; files of the same names are replaced. */
    static void writeDirectory(Map<String, String> files, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (var file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String nodeFile(String label, List<GraphExport.Node> nodes) {
        boolean entity = !label.equals(DOCUMENT);
        Map<String, String> types = types(nodes.stream().map(GraphExport.Node::properties).toList());
        List<String> header = new ArrayList<>(List.of("key:ID", ":LABEL"));
        if (entity) {
            header.addAll(List.of("name", "aliases:string[]"));
        }
        types.forEach((name, type) -> header.add(name + ":" + type));
        StringBuilder csv = line(new StringBuilder(), header);
        String labels = entity ? ENTITY + ARRAY_DELIMITER + label : label;
        for (GraphExport.Node node : nodes) {
            List<String> fields = new ArrayList<>(List.of(quoted(node.key()), quoted(labels)));
            if (entity) {
                fields.addAll(List.of(quoted(node.name()), field(node.aliases(), "string[]")));
            }
            types.forEach((name, type) -> fields.add(field(node.properties().get(name), type)));
            line(csv, fields);
        }
        return csv.toString();
    }

    private static String edgeFile(List<GraphExport.Edge> edges) {
        Map<String, String> types = types(edges.stream().map(GraphExport.Edge::properties).toList());
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
        types.forEach((name, type) -> header.add(name + ":" + type));
        header.addAll(List.of("evidenceDocuments:string[]", "evidenceSentences:string[]",
                "evidenceStarts:long[]", "evidenceEnds:long[]", "evidenceDates:string[]"));
        StringBuilder csv = line(new StringBuilder(), header);
        for (GraphExport.Edge edge : edges) {
            List<String> fields = new ArrayList<>(List.of(quoted(edge.source()), quoted(edge.target()), quoted(edge.type())));
            types.forEach((name, type) -> fields.add(field(edge.properties().get(name), type)));
            var evidence = edge.evidence();
            fields.add(field(evidence.stream().map(GraphExport.EvidenceItem::document).toList(), "string[]"));
            fields.add(field(evidence.stream().map(GraphExport.EvidenceItem::sentence).toList(), "string[]"));
            fields.add(field(evidence.stream().map(GraphExport.EvidenceItem::start).toList(), "long[]"));
            fields.add(field(evidence.stream().map(GraphExport.EvidenceItem::end).toList(), "long[]"));
            fields.add(field(evidence.stream().map(e -> e.date() == null ? "" : e.date()).toList(), "string[]"));
            line(csv, fields);
        }
        return csv.toString();
    }

    private static String mentionFile(List<GraphDump.MentionedIn> mentions) {
        StringBuilder csv = line(new StringBuilder(), List.of(":START_ID", ":END_ID", ":TYPE", "count:long"));
        for (GraphDump.MentionedIn mention : mentions) {
            line(csv, List.of(quoted(mention.entity()), quoted(mention.document()), "MENTIONED_IN",
                    Long.toString(mention.count())));
        }
        return csv.toString();
    }

    /** Every property name of the maps with the import type that fits all its values, by name. */
    static Map<String, String> types(List<Map<String, Object>> properties) {
        Map<String, String> types = new TreeMap<>();
        for (Map<String, Object> map : properties) {
            map.forEach((name, value) -> {
                if (value != null) {
                    types.merge(name, type(value), AdminImportCsv::wider);
                }
            });
        }
        return new LinkedHashMap<>(types);
    }

    private static String type(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(AdminImportCsv::type).reduce(AdminImportCsv::wider)
                    .orElse("string") + "[]";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "long";
        }
        if (value instanceof Number) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "string";
    }

    /** The type that holds values of both: long and double make double; anything else different makes string. */
    private static String wider(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        boolean arrays = a.endsWith("[]") && b.endsWith("[]");
        String elementA = a.replace("[]", "");
        String elementB = b.replace("[]", "");
        boolean numbers = List.of("long", "double").containsAll(List.of(elementA, elementB));
        if (arrays) {
            return (numbers ? "double" : "string") + "[]";
        }
        return numbers && !a.endsWith("[]") && !b.endsWith("[]") ? "double" : "string";
    }

    /** A value in the column of a type; null and absent are an empty field, which sets no property. */
    private static String field(Object value, String type) {
        if (value == null) {
            return "";
        }
        if (type.endsWith("[]")) {
            List<?> elements = value instanceof List<?> list ? list : List.of(value);
            if (elements.isEmpty()) {
                return "";
            }
            StringBuilder joined = new StringBuilder();
            for (Object element : elements) {
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(scalar(element, type.substring(0, type.length() - 2)));
            }
            return quoted(joined.toString());
        }
        if (value instanceof List<?> list) {
            return quoted(list.stream().map(String::valueOf).reduce((x, y) -> x + "; " + y).orElse(""));
        }
        String text = scalar(value, type);
        return type.equals("string") ? quoted(text) : text;
    }

    /** One value as text; in an array element the array delimiter, which no text holds, is dropped. */
    private static String scalar(Object value, String type) {
        if (type.equals("double") && value instanceof Number number) {
            return Double.toString(number.doubleValue());
        }
        return String.valueOf(value).replace(String.valueOf(ARRAY_DELIMITER), "");
    }

    /** A quoted field: quotes inside are doubled. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static StringBuilder line(StringBuilder csv, List<String> fields) {
        return csv.append(String.join(",", fields)).append('\n');
    }
}
