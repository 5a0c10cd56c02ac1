package org.parley.bench;

import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Lua scripts {@code wrk} runs. wrk sends one fixed request unless a script builds each one, so the scripts
 * rotate over a list the harness writes (paths to read, or question ids to answer), each wrk thread starting at its
 * own place in the list so threads do not ask for the same page in step. Every script ends with a {@code done()}
 * that prints one machine-readable {@value #RESULT_PREFIX} line: wrk's human summary rounds and changes units, the
 * line gives exact counts and microseconds for {@link WrkResult#parse}.
 */
public final class WrkScript {

    /** Starts the line {@code done()} prints. */
    public static final String RESULT_PREFIX = "PARLEY-WRK";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WrkScript() {
    }

    /** GETs the paths listed one per line in {@code listFile}, in turn, with {@code headers} on every request. */
    public static String rotateGets(String listFile, Map<String, String> headers) {
        return header(listFile, headers) + """
                function request()
                  counter = counter + 1
                  return wrk.format("GET", items[(counter % #items) + 1], headers)
                end
                """ + DONE;
    }

    /**
     * POSTs an answer to each question id listed in {@code listFile}, in turn, as JSON {@code {"body": ...}} to
     * {@code /api/v1/questions/{id}/answers}. Each body starts with {@code marker} and the thread's and request's
     * numbers, so the harness can find afterwards which answers were stored and that no two are the same.
     */
    public static String postAnswers(String listFile, Map<String, String> headers, String marker, String text) {
        if (!marker.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("the answer marker must be letters, digits and '-', not '" + marker + "'");
        }
        String json = "{\"body\":\"" + marker + " t%d n%d. " + jsonInside(text).replace("%", "%%") + "\"}";
        return header(listFile, headers) + """
                local body_format = %s

                function request()
                  counter = counter + 1
                  local id = items[(counter %% #items) + 1]
                  return wrk.format("POST", "/api/v1/questions/" .. id .. "/answers", headers,
                      string.format(body_format, tid, counter))
                end
                """.formatted(lua(json)) + DONE;
    }

    private static String header(String listFile, Map<String, String> headers) {
        String headerTable = headers.entrySet().stream()
                .map(e -> "  [" + lua(e.getKey()) + "] = " + lua(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}"));
        return """
                -- Written by parley-bench (WrkScript); wrk runs one copy of it per thread.
                local list_file = %s
                local headers = %s
                local items = {}
                local counter = 0
                local next_thread = 0

                -- Runs in wrk's main Lua state, once per thread before it starts: numbers the threads.
                function setup(thread)
                  next_thread = next_thread + 1
                  thread:set("tid", next_thread)
                end

                function init(args)
                  for line in io.lines(list_file) do
                    if line ~= "" then items[#items + 1] = line end
                  end
                  if #items == 0 then error("no requests listed in " .. list_file) end
                  -- Threads start far apart in the list, so their requests do not go in step.
                  counter = math.floor(tid * #items / 7) %% #items
                end

                """.formatted(lua(listFile), headerTable);
    }

    /** Counts and microseconds; wrk's latency is from the request's write to the end of its response. */
    private static final String DONE = """

            function done(summary, latency, requests)
              io.write(string.format("%s requests=%%d duration_us=%%d bytes=%%d status_errors=%%d"
                  .. " connect_errors=%%d read_errors=%%d write_errors=%%d timeouts=%%d"
                  .. " p50_us=%%d p90_us=%%d p99_us=%%d max_us=%%d\\n",
                  summary.requests, summary.duration, summary.bytes, summary.errors.status,
                  summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
                  latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
            end
            """.formatted(RESULT_PREFIX);

    /** {@code text} as it stands between the quotes of a JSON string. */
    private static String jsonInside(String text) {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** A Lua string literal. */
    static String lua(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\%03d", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
