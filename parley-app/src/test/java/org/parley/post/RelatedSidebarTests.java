package org.parley.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelatedSidebarTests {

    /** Answers every search with one question named after how many searches it has run. */
    private static final class CountingFinder implements RelatedQuestions {
        final List<String> searches = new ArrayList<>();

        @Override
        public List<Related> similarTo(String title, String body, long excludeQuestionId, int limit) {
            searches.add(title + " / " + body);
            return List.of(new Related(100 + searches.size(), "search " + searches.size(), 1, false, 0));
        }
    }

    private static Post question(long id, String title, String body) {
        Instant t = Instant.parse("2026-11-26T12:00:00Z");
        return new Post(id, PostType.QUESTION, null, title, body, List.of("kmdf"), null, t, t, null, 0, 0, null, null,
                false, null);
    }

    @Test
    void aSecondReaderOfTheSameQuestionGetsTheKeptListWithoutSearchingAgain() {
        CountingFinder finder = new CountingFinder();
        RelatedSidebar sidebar = new RelatedSidebar(() -> finder);

        List<RelatedQuestions.Related> first = sidebar.of(question(1, "Driver unload hangs", "In EvtDriverUnload."));
        List<RelatedQuestions.Related> second = sidebar.of(question(1, "Driver unload hangs", "In EvtDriverUnload."));
        sidebar.of(question(2, "IRP never completes", "On resume."));

        assertThat(second).isEqualTo(first);
        assertThat(finder.searches).containsExactly("Driver unload hangs / In EvtDriverUnload.",
                "IRP never completes / On resume.");
    }

    @Test
    void anEditedQuestionIsSearchedAfresh() {
        CountingFinder finder = new CountingFinder();
        RelatedSidebar sidebar = new RelatedSidebar(() -> finder);

        sidebar.of(question(1, "Driver unload hangs", "In EvtDriverUnload."));
        List<RelatedQuestions.Related> edited = sidebar.of(question(1, "Driver unload hangs", "In EvtDriverUnload, on S3."));

        assertThat(edited.get(0).title()).isEqualTo("search 2");
    }

    @Test
    void aDeletedQuestionLeavesTheListsItWasIn() {
        CountingFinder finder = new CountingFinder();
        RelatedSidebar sidebar = new RelatedSidebar(() -> finder);
        Post reading = question(1, "Driver unload hangs", "In EvtDriverUnload.");
        long neighbour = sidebar.of(reading).get(0).questionId();

        sidebar.forget(new PostEvent.PostDeleted(5, 6, 9));   // an answer elsewhere: nothing to forget
        sidebar.of(reading);
        assertThat(finder.searches).hasSize(1);

        sidebar.forget(new PostEvent.PostDeleted(neighbour, neighbour, 9));
        List<RelatedQuestions.Related> after = sidebar.of(reading);

        assertThat(finder.searches).hasSize(2);
        assertThat(after).extracting(RelatedQuestions.Related::questionId).doesNotContain(neighbour);
    }

    @Test
    void withoutSearchThereIsNoSidebar() {
        assertThat(new RelatedSidebar(() -> null).of(question(1, "Driver unload hangs", "Body."))).isEmpty();
    }
}
