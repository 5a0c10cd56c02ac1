package org.parley.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.parley.markdown.MarkdownRenderer;
import org.parley.post.Comment;
import org.parley.post.Post;
import org.parley.post.QuestionThread;
import org.parley.web.SiteProperties;
import org.parley.web.Slug;
import org.springframework.stereotype.Component;

/**
 * Builds Atom 1.0 documents with ROME. Entry ids are the posts' permanent addresses, so a reader
 * recognises an entry again after an edit; {@code updated} is the last change a reader would care about.
 */
@Component
class AtomFeeds {

    private final SiteProperties site;
    private final MarkdownRenderer markdown;

    AtomFeeds(SiteProperties site, MarkdownRenderer markdown) {
        this.site = site;
        this.markdown = markdown;
    }

    String questions(String title, String selfPath, String alternatePath, List<Post> questions) {
        List<Entry> entries = new ArrayList<>();
        for (Post q : questions) {
            Entry e = entry(questionUrl(q), q.title(), q.author().displayName(), q,
                    q.lastEditedAt() != null ? q.lastEditedAt() : q.createdAt());
            e.setCategories(q.tags().stream().map(t -> {
                var c = new com.rometools.rome.feed.atom.Category();
                c.setTerm(t);
                return c;
            }).toList());
            entries.add(e);
        }
        return write(feed(title, selfPath, alternatePath, entries));
    }

    String thread(QuestionThread thread, String selfPath) {
        Post q = thread.question();
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(questionUrl(q), q.title(), q.author().displayName(), q, q.createdAt()));
        for (Post a : thread.answers()) {
            entries.add(entry(questionUrl(q) + "#post-" + a.id(), "Answer by " + a.author().displayName(),
                    a.author().displayName(), a, a.lastEditedAt() != null ? a.lastEditedAt() : a.createdAt()));
        }
        List<Comment> comments = new ArrayList<>();
        thread.comments().values().forEach(comments::addAll);
        for (Comment c : comments) {
            Entry e = new Entry();
            e.setId(site.link(questionUrl(q) + "#comment-" + c.id()));
            e.setTitle("Comment by " + c.author().displayName());
            e.setAlternateLinks(List.of(link(questionUrl(q) + "#comment-" + c.id(), "alternate")));
            e.setAuthors(List.of(person(c.author().displayName())));
            e.setPublished(Date.from(c.createdAt()));
            e.setUpdated(Date.from(c.createdAt()));
            e.setContents(List.of(html(markdown.toSafeHtml(c.body()))));
            entries.add(e);
        }
        entries.sort((x, y) -> y.getUpdated().compareTo(x.getUpdated()));
        return write(feed(q.title(), selfPath, questionUrl(q), entries));
    }

    private Feed feed(String title, String selfPath, String alternatePath, List<Entry> entries) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.link(selfPath));
        feed.setTitle(site.name() + ": " + title);
        feed.setAlternateLinks(List.of(link(alternatePath, "alternate")));
        feed.setOtherLinks(List.of(link(selfPath, "self")));
        feed.setAuthors(List.of(person(site.name())));
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElse(new Date(0)));
        feed.setEntries(entries);
        return feed;
    }

    private Entry entry(String path, String title, String author, Post post, java.time.Instant updated) {
        Entry e = new Entry();
        e.setId(site.link(path));
        e.setTitle(title);
        e.setAlternateLinks(List.of(link(path, "alternate")));
        e.setAuthors(List.of(person(post.source() != null && post.source().author() != null
                && !post.source().author().isBlank() ? post.source().author() : author)));
        e.setPublished(Date.from(post.createdAt()));
        e.setUpdated(Date.from(updated));
        e.setContents(List.of(html(markdown.toSafeHtml(post.bodyMarkdown()))));
        return e;
    }

    private static Content html(String html) {
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(html);
        return content;
    }

    private Link link(String path, String rel) {
        Link link = new Link();
        link.setHref(site.link(path));
        link.setRel(rel);
        if ("self".equals(rel)) {
            link.setType("application/atom+xml");
        }
        return link;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(name == null || name.isBlank() ? "anonymous" : name);
        return p;
    }

    private static String questionUrl(Post q) {
        return "/questions/" + q.id() + "/" + Slug.of(q.title());
    }

    private static String write(Feed feed) {
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the Atom feed " + feed.getId() + ": " + e.getMessage(), e);
        }
    }
}
