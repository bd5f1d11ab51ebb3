package org.industrykg.extract;

/** Relationship types of the ontology (DESIGN.md §3), without {@code MENTIONED_IN}. */
public enum RelationType {
    FUNDS, MANAGES, TARGETS, HOSTS, PARTNERS_WITH, FOUNDED, SUPPORTS, ISSUES, PART_OF, IN_INDUSTRY;

    /** Symmetric types are stored once, in a canonical direction, and queried undirected. */
    public boolean isSymmetric() {
        return this == PARTNERS_WITH;
    }

    public static RelationType parse(String name) {
        for (RelationType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
