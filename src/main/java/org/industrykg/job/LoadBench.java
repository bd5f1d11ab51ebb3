package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./kg bench load}: N clients that each ask the three questions and the neighbourhood of a
 * running service, one request after the other in turn, for a number of seconds; then requests/s,
 * p50 and p99 of all requests and of each endpoint, and the errors (an answer other than 200, or no
 * answer within the request timeout). Needs no database of its own: it only talks HTTP.
 */
public final class LoadBench {

    /** A request that takes longer than this counts as an error. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** What to ask: the base URL of the service and the names the questions take. */
    public record Target(String url, String industry, String cityA, String cityB) {

        List<Endpoint> endpoints() {
            return List.of(
                    new Endpoint("funds", "/api/funds?industry=" + encoded(industry)),
                    new Endpoint("links", "/api/links?a=" + encoded(cityA) + "&b=" + encoded(cityB)),
                    new Endpoint("relationships", "/api/relationships?from=Enterprise&to=ResearchInstitute"),
                    new Endpoint("neighbourhood", "/api/graph/neighbourhood?key=" + encoded("City:" + cityA)));
        }
    }

    record Endpoint(String name, String path) {
    }

    /** The figures of one endpoint, or of all ({@code name} "all"). */
    public record Figures(String name, long requests, long errors, double p50Ms, double p99Ms) {
    }

    /** The report: the load, the figures of all requests and of each endpoint, and the first error seen. */
    public record Report(int clients, double seconds, double requestsPerSecond, Figures all, List<Figures> endpoints,
                         String firstError) {
    }

    private LoadBench() {
    }

    /** Runs {@code clients} clients for {@code seconds} seconds and prints the figures. */
    public static Report run(Target target, int clients, int seconds, PrintStream out) throws InterruptedException {
        List<Endpoint> endpoints = target.endpoints();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build();
        List<List<List<Double>>> timings = new ArrayList<>();
        AtomicLong[] errors = new AtomicLong[endpoints.size()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = new AtomicLong();
        }
        String[] firstError = new String[1];
        out.printf("%d clients for %d s against %s%n", clients, seconds, target.url());
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            List<List<Double>> mine = new ArrayList<>();
            endpoints.forEach(endpoint -> mine.add(new ArrayList<>()));
            timings.add(mine);
            int offset = c;
            pool.execute(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    int e = n % endpoints.size();
                    long sent = System.nanoTime();
                    String error = ask(http, target.url() + endpoints.get(e).path());
                    mine.get(e).add((System.nanoTime() - sent) / 1e6);
                    if (error != null) {
                        errors[e].incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = endpoints.get(e).name() + ": " + error;
                            }
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<Figures> perEndpoint = new ArrayList<>();
        List<Double> everything = new ArrayList<>();
        long allErrors = 0;
        for (int e = 0; e < endpoints.size(); e++) {
            List<Double> ms = new ArrayList<>();
            for (List<List<Double>> client : timings) {
                ms.addAll(client.get(e));
            }
            everything.addAll(ms);
            allErrors += errors[e].get();
            perEndpoint.add(figures(endpoints.get(e).name(), ms, errors[e].get()));
        }
        Figures all = figures("all", everything, allErrors);
        Report report = new Report(clients, elapsed, all.requests() / elapsed, all, perEndpoint, firstError[0]);
        out.printf(Locale.ROOT, "%,d requests in %.1f s: %.1f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                all.requests(), elapsed, report.requestsPerSecond(), all.p50Ms(), all.p99Ms(), all.errors());
        for (Figures f : perEndpoint) {
            out.printf(Locale.ROOT, "  %-14s %,8d requests  p50 %8.1f ms  p99 %8.1f ms  %d errors%n",
                    f.name(), f.requests(), f.p50Ms(), f.p99Ms(), f.errors());
        }
        if (firstError[0] != null) {
            out.println("  first error: " + firstError[0]);
        }
        return report;
    }

    private static Figures figures(String name, List<Double> ms, long errors) {
        double[] values = ms.stream().mapToDouble(Double::doubleValue).toArray();
        return values.length == 0 ? new Figures(name, 0, errors, 0, 0)
                : new Figures(name, values.length, errors, QueryBench.percentile(values, 50),
                        QueryBench.percentile(values, 99));
    }

    /** Null when the answer is 200, else what went wrong. */
    private static String ask(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? null : "status " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
