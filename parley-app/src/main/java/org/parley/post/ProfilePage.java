package org.parley.post;

import java.util.List;

import org.parley.user.User;
import org.parley.user.UserService;
import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's page: who they are, what they asked and answered, their latest activity. */
@Controller
class ProfilePage {

    private final UserService users;
    private final PostStore posts;

    ProfilePage(UserService users, PostStore posts) {
        this.users = users;
        this.posts = posts;
    }

    @GetMapping("/users/{handle}")
    String profile(PageContext ctx, @PathVariable String handle, Model model) {
        User user = users.find(handle);
        List<Post> answers = posts.byAuthor(user.id(), PostType.ANSWER, 30);
        List<Post> answered = answers.stream().map(a -> posts.find(a.parentId()).orElse(a)).toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("profile", new Profile(user, posts.byAuthor(user.id(), PostType.QUESTION, 30), answers, answered));
        return "post/profile";
    }
}
