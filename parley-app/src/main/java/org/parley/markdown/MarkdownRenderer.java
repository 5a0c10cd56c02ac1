package org.parley.markdown;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: CommonMark with GFM tables, autolinks and strikethrough, then the OWASP
 * sanitizer with an allow-list. Raw HTML in a post is allowed through the parser on purpose (people
 * write {@code <kbd>} and {@code <br>}); the sanitizer is what guarantees no script, event handler,
 * {@code javascript:} URL or style ever reaches a page.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

    /** Code blocks keep their {@code language-xyz} class so the page can highlight them. */
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("img")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .allowElements("pre", "code", "kbd", "samp", "hr", "br", "del", "s", "sup", "sub", "dl", "dt", "dd")
                    .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * The HTML for a page: as {@link #toSafeHtml}, and code blocks longer than
     * {@value #LONG_CODE_LINES} lines start collapsed behind "show all N lines". The toggle is a
     * checkbox and a label, so it works without JavaScript and from the keyboard.
     *
     * @param idPrefix unique per post on the page, so toggles do not clash
     */
    public String toPageHtml(String markdown, String idPrefix) {
        return collapseLongCode(toSafeHtml(markdown), idPrefix);
    }

    static final int LONG_CODE_LINES = 25;
    private static final Pattern CODE_BLOCK = Pattern.compile("<pre><code([^>]*)>(.*?)</code></pre>", Pattern.DOTALL);

    static String collapseLongCode(String html, String idPrefix) {
        Matcher m = CODE_BLOCK.matcher(html);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String code = m.group(2);
            int lines = (int) code.chars().filter(c -> c == '\n').count() + (code.endsWith("\n") ? 0 : 1);
            String replacement = m.group();
            if (lines > LONG_CODE_LINES) {
                String id = idPrefix + "-code-" + (++n);
                replacement = "<div class=\"long-code\"><input type=\"checkbox\" class=\"long-code-toggle\" id=\"" + id
                        + "\"><label for=\"" + id + "\">Show all " + lines + " lines</label>" + m.group() + "</div>";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Sanitizes HTML from any source; also the last line of defence for text shown as HTML. */
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
