package org.parley.post;

import org.parley.problem.NotFound;
import org.parley.user.Viewer;
import org.springframework.stereotype.Component;

/** Loads posts as a given viewer may see them: deleted ones only for moderators and their author. */
@Component
class PostAccess {

    private final PostStore posts;

    PostAccess(PostStore posts) {
        this.posts = posts;
    }

    Post visible(Viewer viewer, long id) {
        Post post = posts.find(id).orElseThrow(() -> notFound(id));
        if (!canSee(viewer, post)) {
            throw notFound(id);
        }
        if (!post.isQuestion()) {
            Post question = posts.find(post.parentId()).orElseThrow(() -> notFound(id));
            if (!canSee(viewer, question)) {
                throw notFound(id);
            }
        }
        return post;
    }

    Post visibleQuestion(Viewer viewer, long id) {
        Post post = visible(viewer, id);
        if (!post.isQuestion()) {
            throw new NotFound("Post " + id + " is an answer, not a question; its question is " + post.parentId() + ".");
        }
        return post;
    }

    static boolean canSee(Viewer viewer, Post post) {
        return !post.deleted() || viewer.canModerate() || viewer.is(post.author().id());
    }

    private static NotFound notFound(long id) {
        return new NotFound("There is no post " + id + ".");
    }
}
