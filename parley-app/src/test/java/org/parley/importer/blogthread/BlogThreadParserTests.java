package org.parley.importer.blogthread;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlogThreadParserTests {

    private final BlogThreadParser parser = new BlogThreadParser();

    @Test
    void readsIntroHeadersAnonymousAuthorsAndDedentedBodies() {
        String text = """
                I will answer driver questions here.

                Comments (3)

                  1. talzur says:

                    Hi Doron,

                    How do I share an interrupt?
                      indented code stays indented

                  2.  says:

                    anonymous remark

                  3. Jan B. says:
                    last one
                """;

        ParsedThread thread = parser.parse(text);

        assertThat(thread.intro()).isEqualTo("I will answer driver questions here.");
        assertThat(thread.comments()).extracting(SourceComment::number).containsExactly(1, 2, 3);
        assertThat(thread.comments()).extracting(SourceComment::author).containsExactly("talzur", "", "Jan B.");
        assertThat(thread.comments()).extracting(SourceComment::line).containsExactly(5, 12, 16);
        assertThat(thread.comments().get(0).body())
                .isEqualTo("Hi Doron,\n\nHow do I share an interrupt?\n  indented code stays indented");
        assertThat(thread.comments().get(1).anonymous()).isTrue();
        assertThat(thread.comments().get(2).body()).isEqualTo("last one");
    }

    @Test
    void numberedListsInsideABodyAreNotHeaders() {
        ParsedThread thread = parser.parse("""
                  1. doronh says:
                    It depends on two things:
                    1. the name the BIOS says: LPT1
                    2. the resources
                """);

        assertThat(thread.comments()).hasSize(1);
        assertThat(thread.comments().get(0).body()).contains("2. the resources");
    }

    @Test
    void headerWithoutBodyIsReportedWithItsLine() {
        String text = "intro\n  1. a says:\n    body\n  2. b says:\n\n  3. c says:\n    body\n";

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(BlogThreadFormatException.class)
                .hasMessage("line 4: comment 2 has no body")
                .extracting(e -> ((BlogThreadFormatException) e).line()).isEqualTo(4);
    }

    @Test
    void duplicateNumbersAreReportedWithBothLines() {
        String text = "  1. a says:\n    one\n  2. b says:\n    two\n  2. c says:\n    again\n";

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(BlogThreadFormatException.class)
                .hasMessage("line 5: duplicate comment number 2 (already used at line 3)");
    }

    @Test
    void aGapInTheNumberingIsReported() {
        String text = "  1. a says:\n    one\n  3. b says:\n    three\n";

        assertThatThrownBy(() -> parser.parse(text))
                .hasMessage("line 3: comment numbering jumps from 1 to 3 (a comment is missing or out of order)");
    }

    @Test
    void fileEndingRightAfterAHeaderIsReportedAsTruncated() {
        String text = "  1. a says:\n    one\n  2. b says:\n";

        assertThatThrownBy(() -> parser.parse(text))
                .hasMessage("line 3: comment 2 has no body (the file ends right after its header: truncated?)");
    }

    @Test
    void fileCutInsideAHeaderIsReportedAsTruncated() {
        String text = "  1. a says:\n    one\n  2. bo";

        assertThatThrownBy(() -> parser.parse(text))
                .hasMessage("line 3: file is truncated inside a comment header: \"2. bo\"");
    }

    @Test
    void textWithoutCommentsIsRejected() {
        assertThatThrownBy(() -> parser.parse("just a post\nwith no comments\n"))
                .hasMessageContaining("no comments found");
    }

    @Test
    void aFiveMegabyteCommentIsRejectedNamingTheCommentAndLine() {
        String huge = "    " + "x".repeat(1000) + "\n";
        String text = "  1. a says:\n    fine\n  2. spammer says:\n" + huge.repeat(5 * 1024) + "  3. c says:\n    ok\n";

        assertThatThrownBy(() -> parser.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BlogThreadFormatException.class)
                .hasMessageStartingWith("line 3: comment 2 is larger than 262144 characters")
                .hasMessageContaining("refusing to import it");
    }

    @Test
    void theSizeLimitIsConfigurable() {
        BlogThreadParser small = new BlogThreadParser(10);

        assertThatThrownBy(() -> small.parse("  1. a says:\n    twelve chars\n"))
                .hasMessageStartingWith("line 1: comment 1 is larger than 10 characters");
    }

    @Test
    void acceptsCarriageReturnLineEnds() {
        ParsedThread thread = parser.parse("  1. a says:\r\n    one\r\n  2. b says:\r\n    two\r\n");

        assertThat(thread.comments()).extracting(SourceComment::body).containsExactly("one", "two");
    }
}
