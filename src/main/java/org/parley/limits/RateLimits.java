package org.parley.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Requests per client, as token buckets: a client may send {@code burst} requests at once, then {@code reads} heavy
 * reads and {@code writes} writes per second. A client is its address (behind a proxy, set
 * {@code quarkus.http.proxy.proxy-address-forwarding=true} so that the address is the client's, not the proxy's).
 * Buckets of clients gone quiet are forgotten after a minute, and at most {@value #CLIENTS} are kept.
 */
@ApplicationScoped
public class RateLimits {

    /** What a request is charged to. */
    public enum Kind {
        READ, WRITE
    }

    private static final int CLIENTS = 100_000;

    private static final class Bucket {
        private final double perSecond;
        private final double burst;
        private double tokens;
        private long last;

        Bucket(double perSecond, double burst) {
            this.perSecond = perSecond;
            this.burst = burst;
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        /** Takes one token; 0 when there was one, else the seconds until there will be. */
        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens--;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }

    private final RequestLimits.Rate rate;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(1))
            .maximumSize(CLIENTS)
            .build();

    RateLimits(RequestLimits limits) {
        this.rate = limits.rate();
    }

    /** Charges one request of {@code kind} to {@code client}: 0 when allowed, else the seconds to wait. */
    public long take(String client, Kind kind) {
        if (!rate.enabled()) {
            return 0;
        }
        double perSecond = kind == Kind.WRITE ? rate.writes() : rate.reads();
        return buckets.get(kind + " " + client, key -> new Bucket(perSecond, Math.max(1, rate.burst()))).take();
    }
}
