package org.parley.site;

import org.parley.markdown.MarkdownRenderer;
import org.parley.problem.NotFound;
import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /about}: the site's about text (for an imported blog thread, its opening post). */
@Controller
class AboutPage {

    private final AboutService about;
    private final MarkdownRenderer markdown;

    AboutPage(AboutService about, MarkdownRenderer markdown) {
        this.about = about;
        this.markdown = markdown;
    }

    @GetMapping("/about")
    String about(PageContext ctx, Model model) {
        About text = about.about().orElseThrow(() -> new NotFound("This site has no about text yet."));
        model.addAttribute("ctx", ctx);
        model.addAttribute("title", text.siteName() == null ? "About" : "About " + text.siteName());
        model.addAttribute("html", markdown.toSafeHtml(text.bodyMarkdown()));
        return "site/about";
    }
}
