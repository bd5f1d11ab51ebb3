package org.industrykg.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the product itself (everything else is standard Spring Boot configuration).
 *
 * @param store       folder of the embedded Neo4j store (ignored when {@code spring.neo4j.uri} is set)
 * @param boltPort    port of the embedded Bolt connector on localhost; 0 picks a free port
 * @param maxFileBytes files larger than this are refused by the extraction job
 * @param queryTimeoutSeconds timeout of every read query served over REST
 * @param extractThreads threads that annotate documents in parallel (default 2: on two cores two gave 2.3x
 *                       the rate of one, README "Extraction at size")
 * @param curationFile the curation file (docs/curation.md), by default {@code curation.yml} beside the store folder
 * @param adminToken   the bearer token that {@code POST/GET /api/curation} require; without one, curation over
 *                     HTTP is off
 */
@ConfigurationProperties(prefix = "kg")
public record KgProperties(Path store, Integer boltPort, Long maxFileBytes, Integer queryTimeoutSeconds,
                           Integer extractThreads, Path curationFile, String adminToken) {

    public KgProperties {
        store = store == null ? Path.of("data") : store;
        boltPort = boltPort == null ? 7687 : boltPort;
        maxFileBytes = maxFileBytes == null ? 20L * 1024 * 1024 : maxFileBytes;
        queryTimeoutSeconds = queryTimeoutSeconds == null ? 10 : queryTimeoutSeconds;
        extractThreads = extractThreads == null ? 2 : extractThreads;
        curationFile = curationFile == null ? store.toAbsolutePath().resolveSibling("curation.yml") : curationFile;
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    }
}
