package org.parley.post;

import java.time.Clock;

import org.parley.problem.Conflict;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Up and down votes: one per user and post, changeable, never on one's own post. */
@Service
public class VoteService {

    private final PostStore posts;
    private final VoteStore votes;
    private final PostAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteService(PostStore posts, VoteStore votes, PostAccess access, ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.votes = votes;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record VoteResult(long postId, int score, int myVote) {
    }

    /** {@code value} 1 votes up, -1 down, 0 takes the vote back. */
    @Transactional
    public VoteResult vote(Actor voter, long postId, Integer value) {
        if (value == null || value < -1 || value > 1) {
            throw InvalidInput.of("value", "must be 1 (up), -1 (down) or 0 (take the vote back)");
        }
        Post post = access.visible(new Viewer(voter), postId);
        if (post.author().id() == voter.id()) {
            throw new Forbidden("You cannot vote on your own post.");
        }
        if (post.deleted()) {
            throw new Conflict("Post " + postId + " is deleted and takes no votes.");
        }
        posts.lockForVoting(postId);
        if (value == 0) {
            votes.remove(postId, voter.id());
        } else {
            votes.put(postId, voter.id(), value, clock.instant());
        }
        int score = posts.recountScore(postId);
        events.publishEvent(new PostEvent.PostVoted(post.questionId(), postId, score));
        return new VoteResult(postId, score, value);
    }

    /** The voter's votes on the posts of a page, in one query. */
    public java.util.Map<Long, Integer> myVotes(Actor voter, java.util.Collection<Long> postIds) {
        return votes.valuesOf(postIds, voter.id());
    }

    public int myVote(Actor voter, long postId) {
        return votes.valueOf(postId, voter.id());
    }
}
