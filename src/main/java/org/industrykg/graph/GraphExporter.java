package org.industrykg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the whole graph in an {@link ExportFormat}: the §6 JSON, GraphML, or the CSV files of
 * {@code neo4j-admin database import full} as a ZIP or into a directory. The command line and
 * {@code GET /api/export} both write through here.
 */
@Component
public class GraphExporter {

    private final GraphReader reader;
    private final GraphJsonStream stream;
    private final ObjectWriter json;

    public GraphExporter(GraphReader reader, GraphJsonStream stream, ObjectMapper json) {
        this.reader = reader;
        this.stream = stream;
        this.json = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes the whole graph to the stream in the format; the stream is left open. JSON is streamed
     * as it is read ({@link GraphJsonStream}); GraphML and CSV read the whole graph first.
     */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.JSON) {
            stream.write(GraphJsonStream.Request.WHOLE_GRAPH, out, false);
        } else {
            write(format, reader.dump(), out);
        }
    }

    /** Streams the whole graph as indented graph.json to a file (created with its folder), with the counts. */
    public GraphJsonStream.Written writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return stream.write(GraphJsonStream.Request.WHOLE_GRAPH, out, true);
        }
    }

    /** Writes a graph already read with {@link GraphReader#dump()}; the stream is left open. */
    public void write(ExportFormat format, GraphDump dump, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> json.writeValue(out, dump.graph());
            case GRAPHML -> {
                try {
                    GraphmlWriter.write(dump.graph(), out);
                } catch (XMLStreamException e) {
                    throw new IOException("Cannot write GraphML: " + e.getMessage(), e);
                }
            }
            case CSV -> AdminImportCsv.writeZip(AdminImportCsv.files(dump), out);
        }
    }

    /**
     * Reads the whole graph and writes the CSV files of {@code neo4j-admin database import full}
     * into the directory (created if needed), with {@value AdminImportCsv#COMMAND_FILE} giving the
     * import command.
     */
    public void writeCsv(Path directory) throws IOException {
        AdminImportCsv.writeDirectory(AdminImportCsv.files(reader.dump()), directory);
    }
}
