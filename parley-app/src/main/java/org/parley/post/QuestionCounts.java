package org.parley.post;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How many live questions a list holds, for its pager, kept until a change that can move a count commits.
 *
 * <p>Counting walks every question the list's filter admits: about 20 ms of SQLite time at 400,000 questions, most
 * of the home page's server time in issue 7's 1M-post benchmark, while the number only moves when a question is
 * asked, answered, retagged, closed, deleted, restored or imported. Each count carries the change generation it was
 * started in and is used only while no change has committed since, so a count that raced a commit is never
 * served after it. Writes by another process (a {@code parley import} into a live data directory) publish no
 * events here; {@link #KEEP} bounds how long a count can miss them.
 */
@Component
class QuestionCounts {

    static final Duration KEEP = Duration.ofMinutes(1);

    private final PostStore posts;
    private final AtomicLong generation = new AtomicLong();
    // One entry per tag and tab that was viewed; a tag page's key is a few dozen bytes.
    private final Cache<Key, Counted> counts = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(KEEP).build();

    QuestionCounts(PostStore posts) {
        this.posts = posts;
    }

    private record Key(String tag, boolean unansweredOnly) {
    }

    private record Counted(long generation, long count) {
    }

    long of(QuestionQuery query) {
        Key key = new Key(query.tag(), query.unansweredOnly());
        long current = generation.get();
        Counted kept = counts.getIfPresent(key);
        if (kept != null && kept.generation() == current) {
            return kept.count();
        }
        long count = posts.countQuestions(query);
        counts.put(key, new Counted(current, count));
        return count;
    }

    /** Votes and comments move no count; everything else may (an answer empties the unanswered tab by one). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(PostEvent event) {
        if (!(event instanceof PostEvent.PostVoted) && !(event instanceof PostEvent.CommentAdded)) {
            generation.incrementAndGet();
        }
    }
}
