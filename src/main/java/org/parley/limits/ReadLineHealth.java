package org.parley.limits;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the line for heavy requests is full: a load balancer then sends new requests to another instance
 * instead of to this one, which would refuse them.
 */
@Readiness
@ApplicationScoped
public class ReadLineHealth implements HealthCheck {

    private final ReadLine line;

    ReadLineHealth(ReadLine line) {
        this.line = line;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Line for heavy requests")
                .status(!line.full())
                .withData("running", line.running())
                .withData("waiting", line.waiting())
                .build();
    }
}
