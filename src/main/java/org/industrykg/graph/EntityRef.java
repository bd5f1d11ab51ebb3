package org.industrykg.graph;

/**
 * Points at an entity from an answer that does not carry the entity itself: enough to name it and
 * to ask for it ({@code GET /api/entities/{key}}).
 */
public record EntityRef(String key, String label, String name) {
}
