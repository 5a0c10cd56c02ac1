package org.parley.markdown;

import java.util.List;
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

    /** Sanitizes HTML from any source; also the last line of defence for text shown as HTML. */
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
