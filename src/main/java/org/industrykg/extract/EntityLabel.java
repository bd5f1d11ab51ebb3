package org.industrykg.extract;

/** Node labels of the ontology (DESIGN.md §3), without {@code Document}. */
public enum EntityLabel {
    Enterprise, ResearchInstitute, Park, Fund, Policy, City, GovernmentAgency, Association, Platform, Industry;

    /** Parses a label name exactly as written in the ontology, or returns null. */
    public static EntityLabel parse(String name) {
        for (EntityLabel label : values()) {
            if (label.name().equals(name)) {
                return label;
            }
        }
        return null;
    }

    /** Places a text names as where things are: a city, district or town, or a park or zone. */
    public boolean isPlace() {
        return this == City || this == Park;
    }

    /** Organisations in the wide sense: everything but City and Industry and Policy. */
    public boolean isOrganisation() {
        return this != City && this != Industry && this != Policy;
    }
}
