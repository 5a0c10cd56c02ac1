package org.parley.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

import org.parley.post.PostEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's summary in step with the posts. Every post change that can move a figure
 * names its question; just before that transaction commits, the question's summary rows are derived
 * again from the posts, and the difference to the stored rows is added to the weekly counts. So a
 * change costs a few small statements, and weeks nobody touched are never read again.
 * <p>
 * The summary can always be rebuilt from the posts: at start-up when it is out of step with them
 * (first start after the upgrade that added it, or posts written past Parley), and on demand
 * ({@code parley dashboard rebuild}).
 */
@Service
public class DashboardSummary implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DashboardSummary.class);

    private final SummaryStore store;
    private final TransactionTemplate transactions;
    private final DashboardProperties properties;
    private final Clock clock;

    DashboardSummary(SummaryStore store, PlatformTransactionManager transactions, DashboardProperties properties,
                     Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** What a rebuild found and how long it took. */
    public record Rebuilt(long questions, long answers, long millis) {
    }

    /** Derives the whole summary again from the posts, in one transaction. */
    public Rebuilt rebuild() {
        return transactions.execute(status -> {
            store.lock();
            return rebuildLocked();
        });
    }

    private Rebuilt rebuildLocked() {
        long start = System.nanoTime();
        store.rebuild(clock.millis());
        SummaryStore.Counts counts = store.counts();
        return new Rebuilt(counts.questions(), counts.answers(), (System.nanoTime() - start) / 1_000_000);
    }

    /** At start-up: rebuilds the summary if it does not count the live questions and answers the posts hold. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.checkSummaryAtStart()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            store.lock();
            SummaryStore.Counts counts = store.counts();
            if (counts.inStep()) {
                return;
            }
            log.info("The dashboard summary counts {} questions and {} answers, the posts hold {} and {}: rebuilding it",
                    counts.summarizedQuestions(), counts.summarizedAnswers(), counts.questions(), counts.answers());
            Rebuilt rebuilt = rebuildLocked();
            log.info("Rebuilt the dashboard summary from {} questions and {} answers in {} ms",
                    rebuilt.questions(), rebuilt.answers(), rebuilt.millis());
        });
    }

    @EventListener
    void on(PostEvent event) {
        boolean movesFigures = switch (event) {
            case PostEvent.QuestionAsked e -> true;
            case PostEvent.AnswerPosted e -> true;
            case PostEvent.AnswerAccepted e -> true;
            case PostEvent.PostDeleted e -> true;
            case PostEvent.PostRestored e -> true;
            case PostEvent.QuestionClosedAsDuplicate e -> true;
            case PostEvent.PostEdited e -> true;       // tags, unaccepting, reopening
            // A bulk import's questions, answers and acceptances; its comment and vote batches change no figure.
            case PostEvent.ThreadImported e -> e.postsChanged();
            case PostEvent.CommentAdded e -> false;
            case PostEvent.PostVoted e -> false;
        };
        if (!movesFigures) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            transactions.executeWithoutResult(status -> refresh(Set.of(event.questionId())));
            return;
        }
        Touched touched = (Touched) TransactionSynchronizationManager.getResource(this);
        if (touched == null) {
            touched = new Touched();
            TransactionSynchronizationManager.bindResource(this, touched);
            TransactionSynchronizationManager.registerSynchronization(touched);
        }
        touched.questions.add(event.questionId());
    }

    /**
     * The questions a transaction touched, refreshed once each just before it commits (an import
     * batch touches a question with every answer), so the summary commits with the posts or not at all.
     */
    private final class Touched implements TransactionSynchronization {

        final Set<Long> questions = new LinkedHashSet<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(DashboardSummary.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(DashboardSummary.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            refresh(questions);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DashboardSummary.this);
        }
    }

    private void refresh(Set<Long> questionIds) {
        store.lock();
        for (long id : questionIds) {
            refresh(id);
        }
    }

    /** Replaces a question's summary rows by what the posts say now, and adds the difference to the counts. */
    private void refresh(long questionId) {
        List<QuestionRow> oldQuestions = store.questionRows(questionId);
        List<AnswerRow> oldAnswers = store.answerRows(questionId);
        List<QuestionRow> questions = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        store.postedQuestion(questionId).ifPresent(q -> {
            if (q.live()) {
                questions.add(new QuestionRow(q.id(), QuestionRow.ALL, q.askedAt(), q.duplicate(), q.firstAnswerAt()));
                if (!q.duplicate()) {
                    for (String tag : store.tags(q.id())) {
                        questions.add(new QuestionRow(q.id(), tag, q.askedAt(), false, q.firstAnswerAt()));
                    }
                }
            }
            // Answers count for their authors whatever became of the question.
            for (SummaryStore.PostedAnswer a : store.liveAnswers(q.id())) {
                answers.add(new AnswerRow(a.id(), q.id(), a.authorId(), a.answeredAt(), a.answeredAt() - q.askedAt(),
                        Objects.equals(q.firstAnswerAt(), a.answeredAt()),
                        Objects.equals(q.acceptedAnswerId(), a.id())));
            }
        });

        Tally changes = new Tally();
        replace(oldQuestions, questions, QuestionRow::scope, store::delete, store::insert,
                changes::add);
        replace(oldAnswers, answers, AnswerRow::answerId, store::delete, store::insert,
                changes::add);
        store.add(changes);
    }

    /** Stores the rows that changed (matched by key) and counts each old one out and each new one in. */
    private static <R, K> void replace(List<R> before, List<R> after, Function<R, K> key, Consumer<R> delete,
                                       Consumer<R> insert, ObjIntConsumer<R> count) {
        Map<K, R> now = after.stream().collect(Collectors.toMap(key, r -> r));
        Map<K, R> was = before.stream().collect(Collectors.toMap(key, r -> r));
        for (R old : before) {
            if (!old.equals(now.get(key.apply(old)))) {
                delete.accept(old);
                count.accept(old, -1);
            }
        }
        for (R row : after) {
            if (!row.equals(was.get(key.apply(row)))) {
                insert.accept(row);
                count.accept(row, +1);
            }
        }
    }
}
