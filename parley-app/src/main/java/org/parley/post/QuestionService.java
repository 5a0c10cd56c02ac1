package org.parley.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asking and reading questions. */
@Service
public class QuestionService {

    private final PostStore posts;
    private final QuestionCounts counts;
    private final CommentStore comments;
    private final RevisionStore revisions;
    private final PostAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionService(PostStore posts, QuestionCounts counts, CommentStore comments, RevisionStore revisions,
                    PostAccess access, ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.counts = counts;
        this.comments = comments;
        this.revisions = revisions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Post ask(Actor author, AskQuestion ask) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkTitle(problems, ask.title());
        PostRules.checkBody(problems, ask.body());
        PostRules.checkTags(problems, ask.tags());
        problems.throwIfAny();
        String title = ask.title().strip();
        List<String> tags = PostRules.normalizeTags(ask.tags());
        Instant now = ask.createdAt() == null ? clock.instant() : ask.createdAt();
        long id = posts.insert(PostType.QUESTION, null, title, ask.body(), tags, author.id(), now, ask.source());
        posts.replaceTags(id, tags);
        posts.countNewQuestion(tags);
        revisions.append(id, title, ask.body(), tags, author.id(), null, now);
        events.publishEvent(new PostEvent.QuestionAsked(id, author.id()));
        return posts.find(id).orElseThrow();
    }

    public QuestionThread thread(Viewer viewer, long questionId) {
        Post question = access.visibleQuestion(viewer, questionId);
        List<Post> answers = posts.answersOf(questionId).stream()
                .filter(a -> PostAccess.canSee(viewer, a))
                .sorted(answerOrder(question.acceptedAnswerId()))
                .toList();
        List<Long> ids = new ArrayList<>();
        ids.add(questionId);
        answers.forEach(a -> ids.add(a.id()));
        Map<Long, List<Comment>> byPost = comments.forPosts(ids).stream()
                .collect(Collectors.groupingBy(Comment::postId));
        return new QuestionThread(question, answers, byPost);
    }

    /** A live question by id, as stored (for links and titles). */
    public java.util.Optional<Post> find(long questionId) {
        return posts.find(questionId).filter(p -> p.isQuestion() && !p.deleted());
    }

    /** The question a post visible to this viewer belongs to. */
    public long questionOf(Viewer viewer, long postId) {
        return access.visible(viewer, postId).questionId();
    }

    public Page<Post> list(QuestionQuery query) {
        return new Page<>(posts.listQuestions(query), query.page(), query.pageSize(), counts.of(query));
    }

    public List<TagCount> tags(TagSort sort, int limit) {
        return posts.tags(sort, limit);
    }

    /** Accepted first, then higher score, then older. */
    static Comparator<Post> answerOrder(Long acceptedId) {
        return Comparator.comparing((Post a) -> acceptedId == null || a.id() != acceptedId)
                .thenComparing(Comparator.comparingInt(Post::score).reversed())
                .thenComparing(Post::createdAt)
                .thenComparingLong(Post::id);
    }
}
