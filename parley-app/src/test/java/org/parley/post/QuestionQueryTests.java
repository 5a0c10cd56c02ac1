package org.parley.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.problem.InvalidInput;

class QuestionQueryTests {

    @Test
    void defaultsToTheNewestThirty() {
        assertThat(QuestionQuery.parse(null, null, null, null))
                .isEqualTo(new QuestionQuery(QuestionSort.NEWEST, null, 1, 30));
    }

    @Test
    void acceptsEverySortInAnyCaseAndNormalisesTheTag() {
        assertThat(QuestionQuery.parse("Unanswered", " KMDF ", 2, 100))
                .isEqualTo(new QuestionQuery(QuestionSort.UNANSWERED, "kmdf", 2, 100));
    }

    @Test
    void namesEveryBadParameterAtOnce() {
        assertThatThrownBy(() -> QuestionQuery.parse("loudest", "bad tag!", 0, 101))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields())
                        .extracting(f -> f.field()).containsExactly("sort", "tag", "page", "pageSize"));
    }
}
