package org.industrykg.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Question 2 of DESIGN.md §7: the funds whose TARGETS reach an industry, directly or through the
 * industry taxonomy ({@code cypher/funds.cypher}).
 */
@Component
public class FundQueries {

    private static final CypherFile FUNDS = CypherFile.load("funds.cypher");

    private final GraphReader reader;

    public FundQueries(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * A fund that targets the asked industry.
     *
     * @param match    {@code direct}, {@code narrower} (it targets a part of the industry) or
     *                 {@code broader} (it targets a field the industry is part of); the best if several
     * @param via      the industry path, from the industry the fund targets to the asked one
     * @param sizeCny  size in yuan, null when the text gives none
     * @param city     the City that HOSTS the fund, or null
     * @param manager  the Enterprise that MANAGES the fund, or null
     * @param evidence the evidence of the TARGETS edge of the match
     */
    public record FundMatch(String key, String name, List<String> aliases, String match, List<String> via,
                            Long sizeCny, String sizeText, String sizeQualifier, String established, String status,
                            EntityRef city, EntityRef manager, List<GraphExport.EvidenceItem> evidence) {
    }

    /**
     * The funds that target the industry of a name or alias, largest first and unknown sizes
     * last; empty if no industry has that name.
     */
    public Optional<List<FundMatch>> funds(String industry, int limit) {
        return reader.read(client -> client.query(FUNDS.query("industry")).bindAll(Map.of("name", industry))
                .fetchAs(String.class).mappedBy((types, row) -> row.get("key").asString()).first()
                .map(industryKey -> List.copyOf(client.query(FUNDS.query("funds"))
                        .bindAll(Map.of("industryKey", industryKey, "limit", limit))
                        .fetchAs(FundMatch.class).mappedBy((types, row) -> fund(row)).all())));
    }

    private static FundMatch fund(Record row) {
        Value size = row.get("sizeCny");
        return new FundMatch(row.get("key").asString(), row.get("name").asString(""),
                GraphRows.strings(row.get("aliases")), row.get("match").asString(), GraphRows.strings(row.get("via")),
                size.isNull() ? null : size.asNumber().longValue(), row.get("sizeText").asString(null),
                row.get("sizeQualifier").asString(null), row.get("established").asString(null),
                row.get("status").asString(null), GraphRows.ref(row.get("city")), GraphRows.ref(row.get("manager")),
                GraphRows.evidence(row.get("targets").asMap()));
    }
}
