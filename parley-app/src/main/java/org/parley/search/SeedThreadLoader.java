package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.importer.blogthread.BlogThreadParser;
import org.parley.importer.blogthread.SourceComment;
import org.parley.post.AskQuestion;
import org.parley.post.QuestionService;
import org.parley.post.Source;
import org.parley.user.Actor;
import org.parley.user.User;
import org.parley.user.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A minimal loader of a flat blog comment thread ({@code data/blog-thread-kmdf.txt}) for
 * evaluation: every comment (parsed by the importer's parser) becomes one question whose source ref
 * is {@code blog-thread#N}, so a hit on comment N counts as finding ref N, without the importer's
 * grouping into conversations. Loading twice adds nothing.
 */
@Component
public class SeedThreadLoader {

    static final String SYSTEM = "blog-thread";
    private static final int TITLE_WORDS = 12;

    private final QuestionService questions;
    private final UserService users;
    private final JdbcClient jdbc;

    SeedThreadLoader(QuestionService questions, UserService users, JdbcClient jdbc) {
        this.questions = questions;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Loads the file; returns how many comments were new. */
    public int load(Path file) {
        Set<String> known = Set.copyOf(jdbc.sql("SELECT source_ref FROM posts WHERE source_system = :s")
                .param("s", SYSTEM).query(String.class).list());
        int added = 0;
        for (SourceComment c : parse(file)) {
            String ref = SYSTEM + "#" + c.number();
            if (known.contains(ref) || c.body().isBlank()) {
                continue;
            }
            User author = users.placeholder(handle(c.author()), c.author());
            questions.ask(new Actor(author.id(), author.handle(), author.role()),
                    new AskQuestion(title(c), c.body(), List.of(SYSTEM), new Source(SYSTEM, ref, c.author())));
            added++;
        }
        return added;
    }

    /** The thread's comments, read by the importer's parser (encodings, anonymous authors, limits). */
    static List<SourceComment> parse(Path file) {
        try {
            return new BlogThreadParser().parse(Files.readAllBytes(file)).comments();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The opening words of the comment, as an importer without titles would make one. */
    static String title(SourceComment c) {
        String[] words = c.body().strip().split("\\s+");
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < Math.min(TITLE_WORDS, words.length) && t.length() + words[i].length() < 150; i++) {
            t.append(i == 0 ? "" : " ").append(words[i]);
        }
        String title = t.toString();
        return title.length() >= 10 ? title : title + " (comment " + c.number() + ")";
    }

    /** A placeholder handle from a display name: 3-30 of a-z 0-9 _ . - */
    static String handle(String author) {
        String h = author.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (h.length() < 3) {
            h = "blog-" + h;
        }
        return h.length() > 30 ? h.substring(0, 30) : h;
    }
}
