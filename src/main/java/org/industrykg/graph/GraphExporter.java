package org.industrykg.graph;

import java.io.IOException;
import java.io.OutputStream;
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
    private final ObjectWriter json;

    public GraphExporter(GraphReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Reads the whole graph and writes it to the stream in the format; the stream is left open. */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        write(format, reader.dump(), out);
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
