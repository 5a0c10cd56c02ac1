package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkResultTests {

    /** wrk 4.1's output with --latency, then the line the script's done() prints. */
    private static final String OUTPUT = """
            Running 5s test @ http://localhost:40123
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    10.52ms    4.01ms  81.22ms   90.12%
                Req/Sec     1.53k   201.33     1.90k    70.00%
              Latency Distribution
                 50%    9.81ms
                 75%   11.02ms
                 90%   13.50ms
                 99%   24.10ms
              15234 requests in 5.00s, 210.33MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:   3045.80
            Transfer/sec:     42.01MB
            PARLEY-WRK requests=15234 duration_us=5001734 bytes=220545123 status_errors=3 connect_errors=0\
             read_errors=1 write_errors=0 timeouts=2 p50_us=9810 p90_us=13502 p99_us=24101 max_us=81220
            """;

    @Test
    void readsExactCountsAndMicrosecondsFromTheScriptsLine() {
        WrkResult r = WrkResult.parse("question", OUTPUT);

        assertThat(r.requests()).isEqualTo(15234);
        assertThat(r.requestsPerSecond()).isCloseTo(3045.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(r.p50Micros()).isEqualTo(9810);
        assertThat(r.p99Micros()).isEqualTo(24101);
        assertThat(r.maxMicros()).isEqualTo(81220);
        assertThat(r.statusErrors()).isEqualTo(3);
        assertThat(r.socketErrors()).isEqualTo(3);
        assertThat(r.acknowledged()).isEqualTo(15231);
    }

    @Test
    void namesWhatIsWrongWithOutputItCannotRead() {
        assertThatThrownBy(() -> WrkResult.parse("home", "PANIC: unprotected error in call to Lua API\n"))
                .hasMessageContaining("no PARLEY-WRK line for 'home'").hasMessageContaining("PANIC");
        assertThatThrownBy(() -> WrkResult.parse("home", "PARLEY-WRK requests=1 duration_us=x\n"))
                .hasMessageContaining("duration_us=x is not a whole number");
        assertThatThrownBy(() -> WrkResult.parse("home", "PARLEY-WRK requests=1\n"))
                .hasMessageContaining("lacks duration_us");
    }
}
