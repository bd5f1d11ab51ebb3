package org.industrykg.curation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.industrykg.extract.EntityLabel;
import org.industrykg.extract.RelationType;

/**
 * One curation operation as the curation file and {@code POST /api/curation} write it
 * (docs/curation.md). Which fields an operation needs depends on its {@link Kind}; the others are
 * null.
 *
 * @param op        what to do
 * @param from      merge: the key of the entity that goes
 * @param into      merge: the key of the entity that stays
 * @param key       rename, relabel, reject-entity: the key of the entity
 * @param name      rename: the new name
 * @param label     relabel: the new label
 * @param source    reject-edge, add-edge: the key of the edge's start
 * @param type      reject-edge, add-edge: the relationship type
 * @param target    reject-edge, add-edge: the key of the edge's end
 * @param note      add-edge (required), any other (optional): why
 * @param reference add-edge, optional: where the fact comes from (a URL, a document)
 * @param at        when the operation was added (ISO instant), filled in by POST
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CurationOp(Kind op, String from, String into, String key, String name, String label, String source,
                         String type, String target, String note, String reference, String at) {

    /** The fields a client may give, in the order the file writes them. */
    static final List<String> FIELDS = List.of("op", "from", "into", "key", "name", "label", "source", "type", "target",
            "note", "reference", "at");

    /** The longest text a field may hold. */
    static final int MAX_LENGTH = 500;

    /** The kinds of operation, by the name the file and the API use. */
    public enum Kind {
        MERGE("merge", "from", "into"),
        RENAME("rename", "key", "name"),
        RELABEL("relabel", "key", "label"),
        REJECT_ENTITY("reject-entity", "key"),
        REJECT_EDGE("reject-edge", "source", "type", "target"),
        ADD_EDGE("add-edge", "source", "type", "target", "note");

        private final String id;
        private final List<String> required;

        Kind(String id, String... required) {
            this.id = id;
            this.required = List.of(required);
        }

        @JsonValue
        public String id() {
            return id;
        }

        /** The fields this kind needs. */
        public List<String> required() {
            return required;
        }

        /** The kind of a name, or an error naming the field and the kinds there are. */
        public static Kind parse(String name, String field) {
            for (Kind kind : values()) {
                if (kind.id.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(field + " must be one of "
                    + Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "))
                    + (name == null ? " (missing)" : " (got '" + name + "')"));
        }
    }

    /**
     * An operation from field values (a JSON body or a YAML entry), checked for its form: a known
     * kind, every required field, no unknown field, a label and a type of the ontology, keys of the
     * form {@code Label:name}. Whether the keys name entities is the service's business.
     *
     * @param where how an error names the place, e.g. "Field" or "curation.yml, operation 3: field"
     */
    public static CurationOp of(Map<String, ?> fields, String where) {
        for (String field : fields.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(where + " '" + field + "' is not known; an operation has "
                        + String.join(", ", FIELDS));
            }
        }
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean)) {
                throw new IllegalArgumentException(where + " '" + k + "' must be a text");
            }
            if (v != null) {
                text.put(k, v.toString().strip());
            }
        });
        Kind kind = Kind.parse(text.get("op"), where + " 'op'");
        for (String field : kind.required()) {
            if (text.getOrDefault(field, "").isEmpty()) {
                throw new IllegalArgumentException(where + " '" + field + "' is required for " + kind.id());
            }
        }
        text.forEach((k, v) -> {
            if (v.length() > MAX_LENGTH) {
                throw new IllegalArgumentException(where + " '" + k + "' must be at most " + MAX_LENGTH + " characters long");
            }
        });
        CurationOp op = new CurationOp(kind, text.get("from"), text.get("into"), text.get("key"), text.get("name"),
                text.get("label"), text.get("source"), text.get("type"), text.get("target"), text.get("note"),
                text.get("reference"), text.get("at"));
        op.checkForm(where);
        return op;
    }

    private void checkForm(String where) {
        for (String field : List.of("from", "into", "key", "source", "target")) {
            String value = field(field);
            if (value != null && labelOfKey(value) == null) {
                throw new IllegalArgumentException(where + " '" + field + "' must be an entity key Label:name with a label of "
                        + Arrays.toString(EntityLabel.values()) + " (got '" + value + "')");
            }
        }
        if (label != null && EntityLabel.parse(label) == null) {
            throw new IllegalArgumentException(where + " 'label' must be one of " + Arrays.toString(EntityLabel.values())
                    + " (got '" + label + "')");
        }
        if (type != null && RelationType.parse(type) == null) {
            throw new IllegalArgumentException(where + " 'type' must be one of " + Arrays.toString(RelationType.values())
                    + " (got '" + type + "')");
        }
        if (op == Kind.MERGE && from.equals(into)) {
            throw new IllegalArgumentException(where + " 'into' must be another entity than 'from'");
        }
        if (op == Kind.RENAME && name.contains(":") && EntityLabel.parse(name.substring(0, name.indexOf(':'))) != null) {
            throw new IllegalArgumentException(where + " 'name' must be a name, not a key (got '" + name + "')");
        }
    }

    /** The value of a field by name. */
    public String field(String field) {
        return switch (field) {
            case "from" -> from;
            case "into" -> into;
            case "key" -> key;
            case "name" -> name;
            case "label" -> label;
            case "source" -> source;
            case "type" -> type;
            case "target" -> target;
            case "note" -> note;
            case "reference" -> reference;
            case "at" -> at;
            case "op" -> op.id();
            default -> throw new IllegalArgumentException("No field " + field);
        };
    }

    /** The fields and values of the operation, in file order, without the empty ones. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = field(field);
            if (value != null) {
                fields.put(field, value);
            }
        }
        return fields;
    }

    /** The same operation stamped with the time it was added. */
    public CurationOp at(String instant) {
        return new CurationOp(op, from, into, key, name, label, source, type, target, note, reference, instant);
    }

    /** The entity keys the operation names, by field. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String field : List.of("from", "into", "key", "source", "target")) {
            if (field(field) != null) {
                keys.put(field, field(field));
            }
        }
        return keys;
    }

    /** The label part of a key {@code Label:name}, or null when the key has no label of the ontology. */
    public static EntityLabel labelOfKey(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && colon < key.length() - 1 ? EntityLabel.parse(key.substring(0, colon)) : null;
    }

    /** The name part of a key {@code Label:name}. */
    public static String nameOfKey(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    /** One line for logs and answers, e.g. {@code merge Enterprise:甲 into Enterprise:乙}. */
    public String describe() {
        return switch (op) {
            case MERGE -> "merge " + from + " into " + into;
            case RENAME -> "rename " + key + " to " + name;
            case RELABEL -> "relabel " + key + " as " + label;
            case REJECT_ENTITY -> "reject entity " + key;
            case REJECT_EDGE -> "reject edge " + source + " -" + type + "-> " + target;
            case ADD_EDGE -> "add edge " + source + " -" + type + "-> " + target;
        };
    }
}
