package org.industrykg.graph;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the graph as GraphML (http://graphml.graphdrawing.org), which Gephi and yEd open: every
 * attribute is declared by a {@code <key>} before the graph, edges are directed, and node ids are
 * {@code n0, n1, ...} (entity keys hold characters that XML ids may not), with the entity key
 * as an attribute.
 */
final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    /** How a node's aliases are joined into one attribute. */
    static final String ALIAS_SEPARATOR = "; ";

    private record Key(String id, String domain, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "string"),
            new Key("name", "node", "string"),
            new Key("key", "node", "string"),
            new Key("aliases", "node", "string"),
            new Key("type", "edge", "string"),
            new Key("evidenceCount", "edge", "int"),
            new Key("method", "edge", "string"),
            new Key("confidence", "edge", "double"));

    private GraphmlWriter() {
    }

    /** Writes the whole document; the stream is flushed, not closed. */
    static void write(GraphExport graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
        xml.writeCharacters("\n");
        for (Key key : KEYS) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key.id());
            xml.writeAttribute("for", key.domain());
            xml.writeAttribute("attr.name", key.id());
            xml.writeAttribute("attr.type", key.type());
            xml.writeCharacters("\n");
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "G");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
        Map<String, String> ids = new HashMap<>();
        for (GraphExport.Node node : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.key(), id);
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            data(xml, "label", node.label());
            data(xml, "name", node.name());
            data(xml, "key", node.key());
            data(xml, "aliases", String.join(ALIAS_SEPARATOR, node.aliases()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        int edges = 0;
        for (GraphExport.Edge edge : graph.edges()) {
            String source = ids.get(edge.source());
            String target = ids.get(edge.target());
            if (source == null || target == null) {
                throw new IllegalStateException("Edge " + edge.source() + " -" + edge.type() + "-> " + edge.target()
                        + " has an end that is not among the exported nodes");
            }
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edges++);
            xml.writeAttribute("source", source);
            xml.writeAttribute("target", target);
            data(xml, "type", edge.type());
            data(xml, "evidenceCount", Integer.toString(edge.evidence().size()));
            Object method = edge.properties().get("method");
            if (method != null) {
                data(xml, "method", method.toString());
            }
            if (edge.properties().get("confidence") instanceof Number confidence) {
                data(xml, "confidence", Double.toString(confidence.doubleValue()));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(xmlText(value == null ? "" : value));
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 forbids (control characters other than tab and line breaks). */
    static String xmlText(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
