package org.industrykg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * Where documents disagree and when facts were stated ({@code cypher/history.cypher}): conflicts of
 * a fund's size, date, status or manager and of an entity's label, and an entity's facts by date.
 */
@Component
public class HistoryQueries {

    private static final CypherFile HISTORY = CypherFile.load("history.cypher");
    private static final List<String> CONFLICT_SECTIONS = List.of("property-conflicts", "manager-conflicts", "label-conflicts");

    private final GraphReader reader;

    public HistoryQueries(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * One value of a fact as one document states it.
     *
     * @param key      the entity holding this value (for a manager, the manager; for a label, the entity of that label)
     * @param date     the date of the fact (docs/design.md, Time), null when unknown
     * @param sentence the sentence stating it, when the store has one
     */
    public record Claim(Object value, String key, String document, String date, String sentence, Integer start, Integer end) {
    }

    /** A fact of an entity on which documents disagree, with every document's value. */
    public record Conflict(EntityRef entity, String fact, List<Claim> claims) {
    }

    /**
     * A fact about an entity, dated: a relationship stated in a sentence ({@code fact} is its type,
     * {@code other} the entity at its other end) or a property ({@code fact} is its name, with {@code value}).
     */
    public record TimelineFact(String date, String fact, String source, String target, EntityRef other, Object value,
                               String document, String sentence, Integer start, Integer end) {
    }

    /** The conflicts of one entity, or of all when {@code key} is null; at most {@code limit}. */
    public List<Conflict> conflicts(String key, int limit) {
        var params = GraphReader.params("key", key, "limit", limit);
        List<Conflict> conflicts = new ArrayList<>();
        reader.read(client -> {
            for (String section : CONFLICT_SECTIONS) {
                conflicts.addAll(client.query(HISTORY.query(section)).bindAll(params).fetchAs(Conflict.class)
                        .mappedBy((types, row) -> new Conflict(GraphRows.ref(row.get("entity")), row.get("fact").asString(),
                                row.get("claims").asList(HistoryQueries::claim))).all());
            }
            return conflicts;
        });
        conflicts.sort(Comparator.comparing((Conflict c) -> c.entity().key()).thenComparing(Conflict::fact));
        return List.copyOf(conflicts.subList(0, Math.min(limit, conflicts.size())));
    }

    /** The facts about an entity by date, undated ones last; at most {@code limit}. */
    public List<TimelineFact> timeline(String key, int limit) {
        return reader.read(client -> List.copyOf(client.query(HISTORY.query("timeline"))
                .bindAll(GraphReader.params("key", key, "limit", limit)).fetchAs(TimelineFact.class)
                .mappedBy((types, row) -> new TimelineFact(row.get("date").asString(null), row.get("fact").asString(),
                        row.get("source").asString(null), row.get("target").asString(null), GraphRows.ref(row.get("other")),
                        plain(row.get("value")), row.get("document").asString(null), row.get("sentence").asString(null),
                        integer(row.get("start")), integer(row.get("end"))))
                .all()));
    }

    private static Claim claim(MapAccessor map) {
        return new Claim(plain(map.get("value")), map.get("key").asString(null), map.get("document").asString(null),
                map.get("date").asString(null), map.get("sentence").asString(null), integer(map.get("start")),
                integer(map.get("end")));
    }

    private static Object plain(Value value) {
        return value.isNull() ? null : value.asObject();
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
