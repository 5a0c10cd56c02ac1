package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.importer.blogthread.SourceComment;

class SeedThreadLoaderTests {

    @Test
    void splitsTheThreadIntoNumberedCommentsWithTheirIndentedBodies(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("thread.txt");
        Files.writeString(file, String.join("\n",
                "An intro line that is not a comment.", "", "Comments (2)", "",
                "  1. serg_pery says:", "", "    Hello Doron,", "", "    How does NDIS handle   idle?", "",
                "  2. Darin Flippo says:", "", "    Use KMDF.", "      indented code", ""));
        List<SourceComment> comments = SeedThreadLoader.parse(file);
        assertThat(comments).extracting(SourceComment::number).containsExactly(1, 2);
        assertThat(comments.get(0).author()).isEqualTo("serg_pery");
        assertThat(comments.get(0).body()).isEqualTo("Hello Doron,\n\nHow does NDIS handle   idle?");
        assertThat(comments.get(1).body()).isEqualTo("Use KMDF.\n  indented code");
        assertThat(SeedThreadLoader.title(comments.get(1))).isEqualTo("Use KMDF. indented code");
        assertThat(SeedThreadLoader.title(new SourceComment(3, "a", "Short", 9))).isEqualTo("Short (comment 3)");
    }

    @Test
    void handlesFollowTheAccountRules() {
        assertThat(SeedThreadLoader.handle("Darin Flippo")).isEqualTo("darin-flippo");
        assertThat(SeedThreadLoader.handle("Al")).isEqualTo("blog-al");
        assertThat(SeedThreadLoader.handle("A".repeat(40))).hasSize(30);
    }
}
