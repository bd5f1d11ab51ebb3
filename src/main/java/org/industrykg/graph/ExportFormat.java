package org.industrykg.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats the whole graph can be exported in. */
public enum ExportFormat {

    /** The §6 format of DESIGN.md, {@code graph.json}: the contract outside tools read. */
    JSON("application/json", "graph.json"),
    /** GraphML for Gephi, yEd and other graph tools: directed edges, attributes declared as keys. */
    GRAPHML("application/graphml+xml", "graph.graphml"),
    /** CSV files for {@code neo4j-admin database import full}, one per label and relationship type, in a ZIP. */
    CSV("application/zip", "graph-csv.zip");

    private final String mediaType;
    private final String fileName;

    ExportFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name a download of this format gets. */
    public String fileName() {
        return fileName;
    }

    /** The name users write: json, graphml, csv. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a name such as {@code graphml} (any case).
     *
     * @param parameter what the name came from, for the error message
     */
    public static ExportFormat parse(String name, String parameter) {
        for (ExportFormat format : values()) {
            if (format.id().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException(parameter + " must be one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))
                + " (got '" + name + "')");
    }
}
