package org.parley.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one wrk run measured, read from the line its script's {@code done()} prints ({@link WrkScript}).
 * Latencies are in microseconds, from wrk's histogram; {@code statusErrors} are responses with a status of 400 or
 * more (wrk counts those as "Non-2xx or 3xx"), the other errors are sockets that failed or timed out.
 */
public record WrkResult(String name, long requests, long durationMicros, long bytes, long statusErrors,
                        long connectErrors, long readErrors, long writeErrors, long timeouts,
                        long p50Micros, long p90Micros, long p99Micros, long maxMicros) {

    private static final List<String> KEYS = List.of("requests", "duration_us", "bytes", "status_errors",
            "connect_errors", "read_errors", "write_errors", "timeouts", "p50_us", "p90_us", "p99_us", "max_us");

    /** Reads the {@value WrkScript#RESULT_PREFIX} line out of wrk's output; refuses output without one. */
    public static WrkResult parse(String name, String wrkOutput) {
        String line = wrkOutput.lines().filter(l -> l.startsWith(WrkScript.RESULT_PREFIX + " ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("wrk printed no " + WrkScript.RESULT_PREFIX
                        + " line for '" + name + "' (did its Lua script fail?):\n" + wrkOutput));
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(WrkScript.RESULT_PREFIX.length()).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("unreadable wrk result '" + pair + "' in: " + line);
            }
            try {
                values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("wrk result " + pair + " is not a whole number, in: " + line, e);
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("wrk result line lacks " + key + ": " + line);
            }
        }
        return new WrkResult(name, values.get("requests"), values.get("duration_us"), values.get("bytes"),
                values.get("status_errors"), values.get("connect_errors"), values.get("read_errors"),
                values.get("write_errors"), values.get("timeouts"), values.get("p50_us"), values.get("p90_us"),
                values.get("p99_us"), values.get("max_us"));
    }

    public double requestsPerSecond() {
        return durationMicros == 0 ? 0 : requests * 1e6 / durationMicros;
    }

    /** Connections that failed to open, read or write, and requests with no answer within the timeout. */
    public long socketErrors() {
        return connectErrors + readErrors + writeErrors + timeouts;
    }

    /** Requests the server answered with 2xx or 3xx: for a POST, writes it acknowledged. */
    public long acknowledged() {
        return requests - statusErrors;
    }
}
