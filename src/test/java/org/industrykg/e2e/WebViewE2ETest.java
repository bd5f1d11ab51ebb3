package org.industrykg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web view in a real browser (issue 5): the app on the seeds, the page loaded in headless
 * Chromium, each of the three presets run, a node clicked and its evidence read. Screenshots go to
 * target/e2e-*.png. Skipped when Chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebViewE2ETest extends EmbeddedApiTest {

    private static final Path SCREENSHOTS = Path.of("target");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Browser.available(),
                "Chromium and chromedriver are not installed at " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
        browser = new Browser(1500, 950);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every test starts from a freshly loaded page whose first view (the overview: here the whole graph) is drawn. */
    @BeforeEach
    void openPage() {
        browser.open("http://localhost:" + port + "/");
        Object ready = browser.await("window.kg.ready");
        assertThat(ready).isEqualTo(Boolean.TRUE);
    }

    private long nodes() {
        return browser.<Long>js("return window.cy.nodes('[key]').length");
    }

    private void runPreset(String id) {
        browser.find("#preset-" + id).click();
        browser.waitUntil("document.querySelector('#preset-" + id + "').classList.contains('active')"
                + " && !document.querySelector('#status').classList.contains('busy')");
    }

    @Test
    void the_time_slider_shows_the_graph_as_of_a_date() throws IOException {
        String visibleEdges = "return window.cy.edges(':visible').length";
        // All edges of the view as it is at the moment of each check: the page may still be adding some.
        String allEdges = "return window.cy.edges().length";
        assertThat(browser.<String>js("return document.querySelector('#time-slider').max")).isNotEqualTo("0");
        assertThat(browser.find("#time-label").getText()).isEqualTo("all dates");

        browser.js("const s = document.querySelector('#time-slider'); s.value = '0'; s.dispatchEvent(new Event('input'))");
        String label = browser.find("#time-label").getText();
        assertThat(label).matches("as of \\d{4}(-\\d{2})?");
        String asOf = label.substring("as of ".length());
        assertThat(browser.<Long>js(visibleEdges)).isLessThan(browser.<Long>js(allEdges));
        List<String> firstMonths = browser.js("return window.cy.edges(':visible').map((e) => (e.data('evidence') || [])"
                + ".map((i) => i.date).filter(Boolean).map((d) => d.slice(0, 7)).sort()[0] || '')");
        assertThat(firstMonths).allSatisfy(month -> assertThat(month.compareTo(asOf)).isLessThanOrEqualTo(0));
        browser.screenshot(SCREENSHOTS.resolve("e2e-time.png"));

        browser.js("const s = document.querySelector('#time-slider'); s.value = s.max; s.dispatchEvent(new Event('input'))");
        assertThat(browser.find("#time-label").getText()).isEqualTo("all dates");
        // The view may still change (a debounced range update after additions): wait for it to settle,
        // then every edge of the view must be shown; on failure the message says what hid them.
        String allShown = "window.cy.edges(':visible').length === window.cy.edges().length";
        try {
            browser.waitUntil(allShown);
        } catch (org.openqa.selenium.TimeoutException stillHidden) {
            // the assertion below reports the counts
        }
        assertThat(browser.<Long>js(visibleEdges))
                .as("visible edges at 'all dates'; hidden: %s", browser.<Object>js("return window.cy.elements(':hidden')"
                        + ".map((e) => e.id() + ' ' + e.classes().join(',')).slice(0, 5)"))
                .isEqualTo(browser.<Long>js(allEdges));
        assertThat(browser.severeLogs()).as("console errors").isEmpty();
    }

    @Test
    void the_panel_of_an_entity_shows_the_conflicts_of_its_documents(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("e2e-wz-a.txt"), "梧州市人民政府\n\n梧州市设立梧州市新材料产业基金，规模为10亿元。\n");
        Files.writeString(input.resolve("e2e-wz-b.txt"), "梧州市工业和信息化局\n\n梧州市设立梧州市新材料产业基金，规模为15亿元。\n");
        job.run(input, quiet());
        String key = "Fund:梧州市新材料产业基金";
        browser.open("http://localhost:" + port + "/#entity/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        browser.await("window.kg.ready");
        WebElement conflict = browser.waitFor("#side-panel [data-testid=conflict]");
        assertThat(conflict.getText()).contains("size", "10 亿元", "15 亿元", "e2e-wz-a.txt", "e2e-wz-b.txt");
        browser.screenshot(SCREENSHOTS.resolve("e2e-conflict.png"));
    }

    @Test
    void the_page_opens_on_a_bounded_overview_of_the_most_mentioned_entities_and_expands_on_demand() {
        browser.open("http://localhost:" + port + "/?overview=12");
        assertThat(browser.<Object>await("window.kg.ready")).isEqualTo(Boolean.TRUE);
        assertThat(nodes()).isEqualTo(12);
        assertThat(browser.find("#view-title").getText()).containsPattern("showing the 12 most-mentioned of [\\d,]+ entities");
        String key = browser.js("return window.cy.nodes('[key]')[0].id()");
        browser.js("window.kg.expand(arguments[0])", key);
        browser.waitUntil("window.cy.nodes('[key]').length > 12 && !document.querySelector('#status').classList.contains('busy')");
        assertThat(browser.severeLogs()).as("console errors").isEmpty();
    }

    @Test
    void the_page_draws_the_graph_with_a_legend_of_labels() throws IOException {
        assertThat(nodes()).isPositive();
        assertThat(browser.findAll("#label-filters li")).hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(item -> assertThat(item.getText()).contains("Enterprise"));
        assertThat(browser.find("#status").getText()).contains("nodes");
        assertThat(browser.severeLogs()).as("console errors").isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("e2e-whole-graph.png"));
    }

    @Test
    void funds_preset_shows_the_funds_as_a_graph_and_a_table_sorted_by_size() throws IOException {
        runPreset("funds");
        List<WebElement> rows = browser.findAll("#funds-table tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(nodes()).isGreaterThanOrEqualTo(rows.size());
        // every fund of the table is in the graph (mother funds of theirs may be too)
        List<String> tableKeys = rows.stream().map(row -> row.getAttribute("data-key")).toList();
        assertThat(browser.<List<String>>js("return window.cy.nodes('[label = \"Fund\"]').map((n) => n.id())"))
                .containsAll(tableKeys);

        List<Double> sizes = browser.findAll("#funds-table td[data-testid=fund-size]").stream()
                .map(WebElement::getText)
                .filter(text -> text.matches(".*\\d.*"))
                .map(text -> Double.parseDouble(text.replaceAll("[^0-9.]", "")))
                .toList();
        assertThat(sizes).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(browser.find("#funds-table thead").getText()).contains("亿元", "Established", "City", "Status", "Match");
        assertThat(browser.find("#funds-table tbody").getText()).containsAnyOf("direct", "broader", "narrower");
        assertThat(browser.<String>js("return location.hash")).as("the preset in the address").isEqualTo("#funds");
        browser.screenshot(SCREENSHOTS.resolve("e2e-funds.png"));
    }

    @Test
    void enterprise_institute_preset_draws_the_paths_and_lists_them() throws IOException {
        runPreset("relationships");
        assertThat(browser.findAll("#relations-table tbody tr")).isNotEmpty();
        assertThat(browser.<Long>js("return window.cy.nodes('[label = \"Enterprise\"]').length")).isPositive();
        assertThat(browser.<Long>js("return window.cy.nodes('[label = \"ResearchInstitute\"]').length")).isPositive();
        assertThat(browser.<Long>js("return window.cy.edges().length")).isPositive();
        browser.screenshot(SCREENSHOTS.resolve("e2e-relationships.png"));
    }

    @Test
    void shenzhen_zhongshan_preset_shows_two_groups_and_the_links_between_them() throws IOException {
        runPreset("links");
        assertThat(browser.findAll("#links-table tbody tr")).isNotEmpty();
        assertThat(nodes()).isPositive();
        assertThat(browser.<Long>js("return window.cy.nodes('.group').length")).isEqualTo(2);
        assertThat(browser.<Long>js("return window.cy.getElementById('group:A').children().length")).isPositive();
        assertThat(browser.<Long>js("return window.cy.getElementById('group:B').children().length")).isPositive();
        Number left = browser.js("return window.cy.getElementById('group:A').position('x')");
        Number right = browser.js("return window.cy.getElementById('group:B').position('x')");
        assertThat(left.doubleValue()).as("Shenzhen's group left of Zhongshan's").isLessThan(right.doubleValue());
        browser.screenshot(SCREENSHOTS.resolve("e2e-links.png"));
    }

    @Test
    void clicking_a_node_opens_its_evidence_with_both_entities_marked() throws IOException {
        runPreset("links");
        String key = browser.js("return window.cy.nodes('[key]').filter((n) => n.degree() > 0)[0].id()");
        clickNode(key);
        WebElement panel = browser.waitFor("#side-panel .evidence mark");
        assertThat(browser.find("#side-panel [data-testid=entity-name]").getText())
                .isEqualTo(browser.<String>js("return window.cy.getElementById(arguments[0]).data('name')", key));
        List<WebElement> evidence = browser.findAll("#side-panel .evidence");
        assertThat(evidence).isNotEmpty();
        assertThat(evidence).anySatisfy(block -> assertThat(block.findElements(By.cssSelector("mark")))
                .hasSizeGreaterThanOrEqualTo(2));
        assertThat(panel.getText()).isNotBlank();
        browser.screenshot(SCREENSHOTS.resolve("e2e-evidence.png"));
    }

    @Test
    void an_address_with_an_entity_opens_its_neighbourhood_and_panel() {
        String key = "City:中山市";
        browser.open("about:blank"); // a fresh load, not a jump within the open page
        browser.open("http://localhost:" + port + "/#entity/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertThat(browser.<Object>await("window.kg.ready")).isEqualTo(Boolean.TRUE);

        browser.waitUntil("document.querySelector('#side-panel [data-testid=entity-name]')"
                + " && document.querySelector('#side-panel [data-testid=entity-name]').textContent === '中山市'");
        assertThat(browser.find("#side-panel .key").getText()).isEqualTo(key);
        // The panel lists every document that mentions the entity (the node of the view may list only the first).
        long documents = browser.<Long>await("fetch('/api/entities/" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "').then((r) => r.json()).then((entity) => entity.documentCount)");
        assertThat(documents).isPositive();
        assertThat(browser.findAll("#side-panel [data-testid=documents] li")).hasSize((int) documents);
        assertThat(browser.<Boolean>js("return document.querySelector('#side-panel [data-testid=more-documents]').hidden")).isTrue();
        assertThat(browser.<Boolean>js("return window.cy.getElementById(arguments[0]).selected()", key)).isTrue();
        assertThat(browser.<Boolean>js("return window.cy.getElementById(arguments[0]).neighborhood('node[key]').nonempty()", key))
                .as("the neighbourhood is drawn").isTrue();
        assertThat(browser.findAll("#presets button.active")).isEmpty();
        assertThat(browser.<String>js("return decodeURIComponent(location.hash)")).isEqualTo("#entity/" + key);
    }

    @Test
    void clicking_a_node_puts_it_in_the_address() {
        runPreset("links");
        assertThat(browser.<String>js("return location.hash")).isEqualTo("#links");
        String key = browser.js("return window.cy.nodes('[key]').filter((n) => n.degree() > 0 && n.id() !== 'City:中山市')[0].id()");
        long history = browser.<Long>js("return window.history.length");
        clickNode(key);
        browser.waitUntil("decodeURIComponent(location.hash) === " + quote("#entity/" + key));
        browser.waitFor("#side-panel [data-testid=entity-name]");

        browser.find("#side-close").click();
        assertThat(browser.<String>js("return location.hash")).as("back to the preset").isEqualTo("#links");
        assertThat(browser.<Long>js("return window.history.length")).as("no history entry per click").isEqualTo(history);
    }

    /** A real mouse click at the node's place on the canvas. */
    private void clickNode(String key) {
        Map<String, Object> at = browser.js("""
                const node = window.cy.getElementById(arguments[0]);
                const box = window.cy.container().getBoundingClientRect();
                const p = node.renderedPosition();
                return {x: Math.round(box.left + p.x), y: Math.round(box.top + p.y)};""", key);
        new Actions(browser.driver())
                .moveToLocation(((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
                .click()
                .perform();
    }

    @Test
    void double_click_adds_the_neighbours_of_a_node() {
        browser.js("window.kg.clearView();"
                + "window.kg.merge({nodes: [{key: 'City:中山市', label: 'City', name: '中山市'}], edges: []})");
        assertThat(nodes()).isEqualTo(1);
        browser.js("window.cy.getElementById('City:中山市').emit('dbltap')");
        browser.waitUntil("window.cy.nodes('[key]').length > 1 && window.cy.getElementById('City:中山市').degree() > 0");
        assertThat(browser.<Long>js("return window.cy.edges().length")).isPositive();
    }

    @Test
    void search_suggests_entities_and_opens_the_chosen_one() {
        browser.js("window.kg.clearView()");
        WebElement input = browser.find("#search-input");
        input.sendKeys("中山市");
        WebElement suggestion = browser.waitFor("#search-suggestions li[data-key]");
        String key = suggestion.getAttribute("data-key");
        suggestion.click();
        browser.waitUntil("window.cy.getElementById(" + quote(key) + ").selected()");
        assertThat(nodes()).isGreaterThan(1);
        browser.waitFor("#side-panel [data-testid=entity-name]");
    }

    @Test
    void filters_hide_labels_and_relationship_types() {
        long industries = browser.<Long>js("return window.cy.nodes('[label = \"Industry\"]').length");
        assertThat(industries).isPositive();
        browser.find("[data-testid=filter-label-Industry]").click();
        assertThat(browser.<Long>js("return window.cy.nodes('[label = \"Industry\"]').filter((n) => n.visible()).length")).isZero();
        browser.find("[data-testid=filter-type-PART_OF]").click();
        assertThat(browser.<Long>js("return window.cy.edges('[type = \"PART_OF\"]').filter((e) => e.visible()).length")).isZero();
        browser.find("[data-testid=filter-label-Industry]").click();
        browser.find("[data-testid=filter-type-PART_OF]").click();
        assertThat(browser.<Long>js("return window.cy.nodes('[label = \"Industry\"]').filter((n) => n.visible()).length"))
                .isEqualTo(industries);
    }

    @Test
    void path_finder_draws_the_paths_between_two_entities() {
        runPreset("links");
        String from = browser.js("return window.cy.nodes('[side = \"A\"][label != \"City\"]')[0].id()");
        browser.js("""
                const set = (id, key) => { const input = document.getElementById(id); input.value = key; input.dataset.key = key; };
                set('path-from', arguments[0]); set('path-to', 'City:中山市');""", from);
        browser.find("#path-find").click();
        browser.waitUntil("window.cy.nodes('.path').length >= 2");
        assertThat(browser.<Long>js("return window.cy.edges('.path').length")).isPositive();
    }

    @Test
    void the_view_downloads_as_png_and_as_export_format_json() throws IOException {
        runPreset("funds");
        browser.find("#export-png").click();
        byte[] png = Files.readAllBytes(browser.downloaded("graph.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        browser.find("#export-json").click();
        JsonNode graph = json.readTree(browser.downloaded("graph.json").toFile());
        assertThat(graph.path("formatVersion").asInt()).as("formatVersion").isEqualTo(1);
        assertThat(graph.get("nodes").size()).isEqualTo(nodes());
        for (JsonNode node : graph.get("nodes")) {
            for (String field : List.of("key", "label", "name", "aliases", "documents")) {
                assertThat(node.has(field)).as("node field %s of %s", field, node.get("key")).isTrue();
            }
        }
        assertThat(graph.get("edges").size()).isPositive();
        for (JsonNode edge : graph.get("edges")) {
            for (String field : List.of("source", "target", "type", "evidence")) {
                assertThat(edge.has(field)).as("edge field %s", field).isTrue();
            }
        }
    }

    @Test
    void the_analytics_toggle_sizes_nodes_by_centrality_and_colours_them_by_community() throws IOException {
        browser.find("#show-analytics").click();
        browser.waitUntil("window.cy.nodes('.analytics').length > 0 && document.querySelector('#status').textContent.includes('communities')");
        long sizes = browser.<Long>js("return new Set(window.cy.nodes('.analytics').map((n) => n.style('width'))).size");
        long colours = browser.<Long>js("return new Set(window.cy.nodes('.analytics').map((n) => n.style('background-color'))).size");
        assertThat(sizes).as("node sizes").isGreaterThan(1);
        assertThat(colours).as("community colours").isGreaterThan(1);
        browser.screenshot(SCREENSHOTS.resolve("e2e-analytics.png"));
        browser.find("#show-analytics").click();
        browser.waitUntil("window.cy.nodes('.analytics').length === 0");
    }

    @Test
    void with_the_admin_token_the_panel_offers_curation_and_reports_a_refusal() {
        String key = "City:中山市";
        browser.js("window.sessionStorage.removeItem('kg.adminToken'); return window.kg.showEntity(arguments[0])", key);
        browser.waitFor("#side-panel [data-testid=entity-name]");
        assertThat(browser.findAll("#side-panel [data-testid=curation]")).as("no token, no curation").isEmpty();

        browser.find("#admin-token").sendKeys(ADMIN_TOKEN + "\n");
        browser.js("document.querySelector('#admin-token').dispatchEvent(new Event('change')); return window.kg.showEntity(arguments[0])", key);
        browser.waitFor("#side-panel [data-testid=curate-merge]");
        assertThat(browser.findAll("#side-panel [data-testid=curate-rename]")).hasSize(1);
        assertThat(browser.findAll("#side-panel [data-testid=curate-reject-entity]")).hasSize(1);

        browser.find("#side-panel [data-testid=curate-merge-into]").sendKeys("City:没有这个市");
        browser.find("#side-panel [data-testid=curate-merge]").click();
        browser.waitUntil("document.querySelector('#status').textContent.startsWith('Curation refused')");
        assertThat(browser.find("#status").getText()).contains("Field 'into': no entity with key 'City:没有这个市'");
        browser.js("window.sessionStorage.removeItem('kg.adminToken')");
        // The browser logs the refused request; nothing else went wrong (and the next test starts with a clean log).
        assertThat(browser.severeLogs()).as("console errors").singleElement().asString().contains("/api/curation", "400");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
