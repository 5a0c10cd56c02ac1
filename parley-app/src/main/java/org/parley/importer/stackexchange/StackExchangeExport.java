package org.parley.importer.stackexchange;

import static org.parley.importer.stackexchange.DumpWriter.attributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.parley.post.PostExport;
import org.parley.post.QuestionService;
import org.parley.post.TagCount;
import org.parley.post.TagSort;
import org.parley.user.UserService;
import org.springframework.stereotype.Service;

/**
 * Writes the site as a Stack Exchange data dump ({@code Users.xml}, {@code Posts.xml}, {@code Comments.xml},
 * {@code Votes.xml}, {@code Tags.xml}) so data can leave Parley, streamed in id order. Ids are Parley's ids. Bodies
 * are Parley's Markdown (Stack Exchange puts rendered HTML there); votes carry their voter, which real dumps
 * leave out, so that importing the export gives back the same votes. Votes imported without a voter go out as they
 * came, without one: as many up (or down) votes as their net count.
 */
@Service
public class StackExchangeExport {

    private final PostExport posts;
    private final QuestionService questions;
    private final UserService users;

    StackExchangeExport(PostExport posts, QuestionService questions, UserService users) {
        this.posts = posts;
        this.questions = questions;
        this.users = users;
    }

    public record Exported(long users, long posts, long comments, long votes, long tags) {
    }

    public Exported exportTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String file : new String[] {"Users.xml", "Posts.xml", "Comments.xml", "Votes.xml", "Tags.xml"}) {
                if (Files.exists(dir.resolve(file))) {
                    throw new IllegalArgumentException(dir.resolve(file) + " exists; export into an empty folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        AtomicLong userCount = new AtomicLong();
        try (DumpWriter out = new DumpWriter(dir.resolve("Users.xml"), "users")) {
            users.eachUser(u -> {
                out.row(attributes("Id", u.id(), "Reputation", 1, "CreationDate", u.createdAt(),
                        "DisplayName", u.displayName()));
                userCount.incrementAndGet();
            });
        }
        AtomicLong postCount = new AtomicLong();
        Map<Long, Integer> commentCounts = new HashMap<>();
        posts.eachComment(c -> commentCounts.merge(c.postId(), 1, Integer::sum));
        try (DumpWriter out = new DumpWriter(dir.resolve("Posts.xml"), "posts")) {
            posts.eachPost(p -> {
                out.row(attributes("Id", p.id(), "PostTypeId", p.isQuestion() ? 1 : 2,
                        "ParentId", p.isQuestion() ? null : p.parentId(),
                        "AcceptedAnswerId", p.acceptedAnswerId(), "CreationDate", p.createdAt(), "Score", p.score(),
                        "Body", p.bodyMarkdown(), "OwnerUserId", p.author().id(),
                        "LastActivityDate", p.lastActivityAt(), "Title", p.title(),
                        "Tags", p.isQuestion() ? "|" + String.join("|", p.tags()) + "|" : null,
                        "AnswerCount", p.isQuestion() ? p.answerCount() : null,
                        "CommentCount", commentCounts.getOrDefault(p.id(), 0)));
                postCount.incrementAndGet();
            });
        }
        AtomicLong commentCount = new AtomicLong();
        try (DumpWriter out = new DumpWriter(dir.resolve("Comments.xml"), "comments")) {
            posts.eachComment(c -> {
                out.row(attributes("Id", c.id(), "PostId", c.postId(), "Score", 0, "Text", c.body(),
                        "CreationDate", c.createdAt(), "UserId", c.author().id()));
                commentCount.incrementAndGet();
            });
        }
        AtomicLong voteCount = new AtomicLong();
        try (DumpWriter out = new DumpWriter(dir.resolve("Votes.xml"), "votes")) {
            posts.eachVote(v -> {
                out.row(attributes("Id", voteCount.incrementAndGet(), "PostId", v.postId(),
                        "VoteTypeId", v.value() > 0 ? 2 : 3, "UserId", v.userId(), "CreationDate", v.createdAt()));
            });
            // Votes imported without a voter, as a dump holds them: the net count, without UserId.
            posts.eachUnattributedVotes(u -> {
                for (int i = 0; i < Math.abs(u.net()); i++) {
                    out.row(attributes("Id", voteCount.incrementAndGet(), "PostId", u.postId(),
                            "VoteTypeId", u.net() > 0 ? 2 : 3, "CreationDate", u.postCreatedAt()));
                }
            });
        }
        long tagCount = 0;
        try (DumpWriter out = new DumpWriter(dir.resolve("Tags.xml"), "tags")) {
            for (TagCount tag : questions.tags(TagSort.NAME, Integer.MAX_VALUE)) {
                out.row(attributes("Id", ++tagCount, "TagName", tag.name(), "Count", tag.questionCount()));
            }
        }
        return new Exported(userCount.get(), postCount.get(), commentCount.get(), voteCount.get(), tagCount);
    }
}
