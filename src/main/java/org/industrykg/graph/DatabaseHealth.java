package org.industrykg.graph;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code database} component of {@code /actuator/health}: UP once the database answers and the
 * schema is applied, DOWN with the reason otherwise (details are shown to the operator only, see
 * docs/operations.md).
 */
@Component("database")
class DatabaseHealth implements HealthIndicator {

    private final DatabaseAvailability availability;

    DatabaseHealth(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        boolean up = availability.check();
        Health.Builder health = up ? Health.up() : Health.down();
        health.withDetail("uri", availability.uri().toString());
        availability.problem().ifPresent(reason -> health.withDetail("reason", reason));
        return health.withDetail("schema", up ? "applied" : "waiting for the database").build();
    }
}
