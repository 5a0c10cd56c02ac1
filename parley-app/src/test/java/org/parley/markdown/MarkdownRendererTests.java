package org.parley.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersCommonMarkWithGfmTablesAutolinksAndStrikethrough() {
        String html = renderer.toSafeHtml("""
                # Title

                | call | irql |
                |------|------|
                | `WdfRequestSend` | <= DISPATCH |

                See https://example.org/docs and ~~old~~ new.
                """);
        assertThat(html).contains("<h1>Title</h1>", "<table>", "<td><code>WdfRequestSend</code></td>",
                "<del>old</del>", "href=\"https://example.org/docs\"", "nofollow");
    }

    @Test
    void fencedCodeKeepsItsLanguageForHighlighting() {
        String html = renderer.toSafeHtml("```c\nNTSTATUS status = STATUS_SUCCESS;\n```");
        assertThat(html).contains("<pre><code class=\"language-c\">NTSTATUS status &#61; STATUS_SUCCESS;");
    }

    @Test
    void codeBlocksLongerThan25LinesStartCollapsedBehindAToggle() {
        String log = "kd> k\n" + "nt!KiSwapContext+0x7a\n".repeat(30);
        String html = renderer.toPageHtml("Short:\n\n```\nline\n```\n\nLong:\n\n```\n" + log + "```\n", "post-7");
        assertThat(html).containsOnlyOnce("class=\"long-code\"")
                .contains("<input type=\"checkbox\" class=\"long-code-toggle\" id=\"post-7-code-1\">")
                .contains("<label for=\"post-7-code-1\">Show all 31 lines</label>");
        assertThat(renderer.toPageHtml("```\n" + "x\n".repeat(25) + "```", "p")).doesNotContain("long-code");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<object data=\"x.swf\"></object>",
            "<form action=\"https://evil.example\"><input name=a></form>",
            "![x](javascript:alert(1))",
            "<code class=\"x\" onclick=\"alert(1)\">c</code>"
    })
    void scriptsHandlersStylesAndDangerousUrlsNeverSurvive(String attack) {
        String html = renderer.toSafeHtml("text before\n\n" + attack + "\n\ntext after").toLowerCase();
        assertThat(html).doesNotContain("<script", "onerror", "onmouseover", "onclick", "style=", "<iframe",
                "<object", "<form", "<input", "<svg").doesNotContainPattern("(href|src)=\"?\\s*javascript:");
        assertThat(html).contains("text before", "text after");
    }
}
