package org.parley.post;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The similar questions beside a question page, kept for a few minutes per question. Finding them is a search for
 * the most distinctive terms of the title and the start of the body: the largest part of a question page's CPU when
 * it is not kept (BENCHMARKS.md, issue 7), while its answer hardly moves between two readers. The key holds the
 * title's and body's hashes, so an edited question gets fresh neighbours at once; a deleted question leaves every
 * list at once; answers and votes on the neighbours reorder the list within {@link #KEEP} at most.
 */
@Component
class RelatedSidebar {

    static final int SIZE = 6;
    static final Duration KEEP = Duration.ofMinutes(5);

    private final Supplier<RelatedQuestions> finder;
    // Six short rows per question; 20,000 questions stay well under 20 MB.
    private final Cache<Key, List<RelatedQuestions.Related>> lists = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(KEEP).build();

    @Autowired
    RelatedSidebar(ObjectProvider<RelatedQuestions> finder) {
        this((Supplier<RelatedQuestions>) finder::getIfAvailable);
    }

    RelatedSidebar(Supplier<RelatedQuestions> finder) {
        this.finder = finder;
    }

    private record Key(long questionId, int titleHash, int bodyHash, int bodyLength) {
    }

    /** A deleted question must not be offered beside another one, nor keep a list of its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(PostEvent.PostDeleted deleted) {
        if (deleted.postId() != deleted.questionId()) {
            return;
        }
        long gone = deleted.questionId();
        lists.asMap().entrySet().removeIf(e -> e.getKey().questionId() == gone
                || e.getValue().stream().anyMatch(r -> r.questionId() == gone));
    }

    /** Up to {@value #SIZE} questions like {@code question}, answered ones first; none when search is absent. */
    List<RelatedQuestions.Related> of(Post question) {
        RelatedQuestions related = finder.get();
        if (related == null) {
            return List.of();
        }
        String title = question.title() == null ? "" : question.title();
        String body = question.bodyMarkdown() == null ? "" : question.bodyMarkdown();
        return lists.get(new Key(question.id(), title.hashCode(), body.hashCode(), body.length()),
                k -> List.copyOf(related.similarTo(title, body, question.id(), SIZE)));
    }
}
