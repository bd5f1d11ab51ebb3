package org.industrykg.web;

import org.industrykg.graph.EntityQueries;
import org.industrykg.graph.EntityRef;

/** Looks up the entities that request parameters name; an unknown key is a 404. */
final class Lookups {

    private Lookups() {
    }

    static EntityRef entity(EntityQueries entities, String parameter, String key) {
        return entities.ref(key).orElseThrow(() -> NotFoundException.of("entity with key", parameter, key));
    }
}
