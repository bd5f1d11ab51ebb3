package org.industrykg.extract;

/** Relationship types of the ontology (DESIGN.md §3), without {@code MENTIONED_IN}. */
public enum RelationType {
    FUNDS, MANAGES, TARGETS, HOSTS, PARTNERS_WITH, FOUNDED, SUPPORTS, ISSUES, PART_OF, IN_INDUSTRY;

    /** Symmetric types are stored once, in a canonical direction, and queried undirected. */
    public boolean isSymmetric() {
        return this == PARTNERS_WITH;
    }

    /**
     * Whether DESIGN.md's table of types allows this type from an entity of label {@code from} to one of {@code to}; only
     * the types whose ends the table names exactly are checked (IN_INDUSTRY, TARGETS, MANAGES, ISSUES), the others
     * allow any pair.
     */
    public boolean allows(EntityLabel from, EntityLabel to) {
        return switch (this) {
            case IN_INDUSTRY -> (from == EntityLabel.Enterprise || from == EntityLabel.ResearchInstitute || from == EntityLabel.Park)
                    && to == EntityLabel.Industry;
            case TARGETS -> (from == EntityLabel.Fund || from == EntityLabel.Policy) && to == EntityLabel.Industry;
            case MANAGES -> from == EntityLabel.Enterprise && to == EntityLabel.Fund;
            case ISSUES -> from == EntityLabel.GovernmentAgency && to == EntityLabel.Policy;
            default -> true;
        };
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
