package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** GraphML as Gephi and yEd read it, checked with the JDK's namespace-aware XML parser. */
class GraphmlWriterTest {

    private static final GraphExport.Node PARK = new GraphExport.Node("Park:丙丁<创新>园", "Park", "丙丁<创新>园",
            List.of("创新园", "A&B 园区", "“双创”基地"), Map.of(), List.of("a.txt"));
    private static final GraphExport.Node FIRM = new GraphExport.Node("Enterprise:丙丁\u0001科技有限公司", "Enterprise",
            "丙丁\u0001科技有限公司", List.of(), Map.of(), List.of("a.txt"));
    private static final GraphExport.Edge HOSTS = new GraphExport.Edge(PARK.key(), FIRM.key(), "HOSTS",
            Map.of("method", "rule:hosts", "confidence", 0.8),
            List.of(new GraphExport.EvidenceItem("a.txt", "公司落户园区。", 0, 7),
                    new GraphExport.EvidenceItem("b.txt", "园区内有公司。", 3, 10)));

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /**
     * Checks the structure the GraphML schema asks for: the root in the GraphML namespace, keys
     * declared before the graph and before any data that uses them, directed edges whose ends are
     * declared nodes. Returns the graph element.
     */
    static Element assertGraphml(Document document) {
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo(GraphmlWriter.NAMESPACE);
        Map<String, String> keys = new HashMap<>();
        Element graph = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                assertThat(element.getNamespaceURI()).isEqualTo(GraphmlWriter.NAMESPACE);
                if (element.getLocalName().equals("key")) {
                    assertThat(graph).as("keys come before the graph").isNull();
                    assertThat(element.getAttribute("attr.name")).isNotBlank();
                    keys.put(element.getAttribute("id"), element.getAttribute("for"));
                } else if (element.getLocalName().equals("graph")) {
                    graph = element;
                }
            }
        }
        assertThat(graph).isNotNull();
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        Set<String> nodeIds = new HashSet<>();
        NodeList nodes = graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            assertThat(nodeIds.add(node.getAttribute("id"))).as("node ids are unique").isTrue();
            assertData(node, "node", keys);
        }
        NodeList edges = graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            assertData(edge, "edge", keys);
        }
        return graph;
    }

    private static void assertData(Element element, String domain, Map<String, String> keys) {
        NodeList data = element.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "data");
        for (int i = 0; i < data.getLength(); i++) {
            String key = ((Element) data.item(i)).getAttribute("key");
            assertThat(keys).as("data key %s is declared for %s", key, domain).containsEntry(key, domain);
        }
    }

    static Map<String, String> data(Element element) {
        Map<String, String> values = new HashMap<>();
        NodeList data = element.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "data");
        for (int i = 0; i < data.getLength(); i++) {
            values.put(((Element) data.item(i)).getAttribute("key"), data.item(i).getTextContent());
        }
        return values;
    }

    private static List<Element> elements(Element graph, String name) {
        NodeList list = graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    @Test
    void writes_well_formed_graphml_with_declared_keys_and_directed_edges() throws Exception {
        var out = new ByteArrayOutputStream();
        GraphmlWriter.write(new GraphExport(List.of(PARK, FIRM), List.of(HOSTS)), out);
        Element graph = assertGraphml(parse(out.toByteArray()));

        List<Element> nodes = elements(graph, "node");
        assertThat(nodes).hasSize(2);
        assertThat(data(nodes.get(0))).containsEntry("label", "Park").containsEntry("name", "丙丁<创新>园")
                .containsEntry("key", "Park:丙丁<创新>园").containsEntry("aliases", "创新园; A&B 园区; “双创”基地");
        assertThat(data(nodes.get(1))).as("a control character XML cannot hold is dropped")
                .containsEntry("name", "丙丁科技有限公司");
        Element edge = elements(graph, "edge").get(0);
        assertThat(edge.getAttribute("source")).isEqualTo(nodes.get(0).getAttribute("id"));
        assertThat(edge.getAttribute("target")).isEqualTo(nodes.get(1).getAttribute("id"));
        assertThat(data(edge)).containsEntry("type", "HOSTS").containsEntry("evidenceCount", "2")
                .containsEntry("method", "rule:hosts").containsEntry("confidence", "0.8");
    }

    @Test
    void an_edge_to_a_node_that_is_not_exported_is_an_error_naming_it() {
        var graph = new GraphExport(List.of(PARK), List.of(HOSTS));
        assertThatThrownBy(() -> GraphmlWriter.write(graph, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(FIRM.key());
    }
}
