package org.parley.post;

import java.util.List;
import org.parley.user.User;

/** The profile as shown. {@code answered} maps each answer to its question for the links. */
public record Profile(User user, List<Post> questions, List<Post> answers, List<Post> answeredQuestions) {
}
