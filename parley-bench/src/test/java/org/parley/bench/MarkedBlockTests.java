package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkedBlockTests {

    private static final String DOC = """
            # Benchmarks

            Hand-written text quoting the markers: `<!-- bench:100k:start -->` … `<!-- bench:100k:end -->`.

            <!-- bench:100k:start -->
            old 100k tables
            <!-- bench:100k:end -->

            <!-- bench:1m:start -->
            old 1m tables
            <!-- bench:1m:end -->
            Trailing text stays.
            """;

    @Test
    void replacesOnlyItsOwnBlockAndLeavesTheRestByteForByte() {
        String replaced = MarkedBlock.replace(DOC, "100k", "| new | table |\n");

        assertThat(replaced).isEqualTo(DOC.replace("old 100k tables\n", "| new | table |\n"));
        assertThat(MarkedBlock.replace(replaced, "100k", "| new | table |")).as("a rerun does not pile up")
                .isEqualTo(replaced);
    }

    @Test
    void appendsAMissingBlockAtTheEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Benchmarks\n");

        MarkedBlock.replace(file, "quick", "figures");

        assertThat(Files.readString(file)).isEqualTo(
                "# Benchmarks\n\n<!-- bench:quick:start -->\nfigures\n<!-- bench:quick:end -->\n");
    }

    @Test
    void refusesBrokenOrRepeatedMarkersAndOddKeys() {
        assertThatThrownBy(() -> MarkedBlock.replace("<!-- bench:1m:start -->\n", "1m", "x"))
                .hasMessageContaining("<!-- bench:1m:end --> is missing");
        assertThatThrownBy(() -> MarkedBlock.replace("<!-- bench:1m:end -->\n<!-- bench:1m:start -->\n", "1m", "x"))
                .hasMessageContaining("end marker comes before its start");
        assertThatThrownBy(() -> MarkedBlock.replace(DOC + DOC, "1m", "x")).hasMessageContaining("more than once");
        assertThatThrownBy(() -> MarkedBlock.replace(DOC, "100k", "<!-- bench:100k:end -->"))
                .hasMessageContaining("holds its own markers");
        assertThatThrownBy(() -> MarkedBlock.replace(DOC, "1M -->", "x")).hasMessageContaining("block key");
    }
}
