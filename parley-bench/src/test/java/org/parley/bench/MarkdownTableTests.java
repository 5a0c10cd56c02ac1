package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTests {

    @Test
    void escapesPipesSoACellCannotSplitItsRow() {
        String table = new MarkdownTable("page", "requests/s").row("`/search?q=a|b`", 3045).render();

        assertThat(table).isEqualTo("| page | requests/s |\n| --- | --- |\n| `/search?q=a\\|b` | 3045 |\n");
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("only one"))
                .hasMessageContaining("row has 1 cells, the table 2 columns (a, b)");
    }
}
