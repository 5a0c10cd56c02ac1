package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a realistic technical Q&amp;A site as a Stack Exchange data dump ({@code Users.xml}, {@code Posts.xml},
 * {@code Comments.xml}, {@code Votes.xml}, {@code Tags.xml}) plus {@code labels.json}, at any size and the same
 * bytes for the same seed.
 *
 * <p>What it looks like: questions get 0 to 15 answers (geometric, 40 % none), answers come later in the file
 * (ids grow with time, as in real dumps, with a few ids missing for deleted posts), tags follow a Zipf law per
 * topic, body lengths are log-normal, bodies are HTML with prose, code blocks, identifiers in camelCase,
 * snake_case and qualified form, error codes in hex and symbolic form and pasted stack frames
 * ({@code Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445}). Votes carry no voter, as in real dumps, and add up
 * to each post's {@code Score}. About one question in fifty starts a duplicate cluster: 2 to 5 paraphrases later in
 * the dump share its identifier or error code but word the problem differently; {@code labels.json} holds one
 * labelled search per cluster, in the format {@code parley eval} reads ({@code relevant}: source refs of the
 * cluster's questions, the canonical first; {@code questionIds}: the same as dump ids).
 *
 * <p>Memory stays small at any size: rows are streamed, answers not yet written wait in a ring of
 * {@value #WINDOW} positions, and only the duplicate clusters (a few ids each) are kept to the end.
 */
public final class DumpGenerator {

    /** How far ahead (in posts) an answer may be placed after its question. */
    static final int WINDOW = 4096;
    static final String LICENSE = "CC BY-SA 4.0";
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(8 * 365);

    /** What was written. */
    public record Summary(long posts, long questions, long answers, long comments, long votes, long users, long tags,
                          int labelledQueries, long bytes) {

        public String line() {
            return String.format("%,d posts (%,d questions, %,d answers), %,d comments, %,d votes, %,d users, %,d tags,"
                            + " %,d labelled queries, %,.1f MB", posts, questions, answers, comments, votes, users, tags,
                    labelledQueries, bytes / 1e6);
        }
    }

    private final long posts;
    private final long seed;
    private final RandomGenerator r;
    private final int userCount;
    private final Zipf activeUsers;
    private final double stepMillis;
    private final AnswerPlan[] ring = new AnswerPlan[WINDOW];
    private final PriorityQueue<Paraphrase> paraphrases = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, int[]> tagCounts = new LinkedHashMap<>();
    private long questions;
    private long answers;
    private long commentId;
    private long voteId;
    private DumpXml postsOut;
    private DumpXml commentsOut;
    private DumpXml votesOut;

    private DumpGenerator(long posts, long seed) {
        if (posts < 1) {
            throw new IllegalArgumentException("--posts must be at least 1");
        }
        this.posts = posts;
        this.seed = seed;
        this.r = new SplittableRandom(seed);
        this.userCount = (int) Math.max(30, Math.min(5_000_000, posts / 12));
        this.activeUsers = new Zipf(userCount, 1.0);
        this.stepMillis = (double) SPAN.toMillis() / posts;
    }

    /** Writes a dump of {@code posts} questions and answers into {@code dir} (created; must not hold a dump yet). */
    public static Summary write(Path dir, long posts, long seed) {
        try {
            Files.createDirectories(dir);
            for (String f : List.of("Users.xml", "Posts.xml", "Comments.xml", "Votes.xml", "Tags.xml", "labels.json")) {
                if (Files.exists(dir.resolve(f))) {
                    throw new IllegalArgumentException(dir.resolve(f) + " exists; write the dump into an empty folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return new DumpGenerator(posts, seed).writeAll(dir);
    }

    /**
     * The dump of this size and seed in the temp folder, written first if missing: dumps are deterministic, so one
     * per size and seed is kept and reused by every benchmark.
     */
    public static Path cached(long posts, long seed) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "parley-bench-se-dump-" + posts + "-" + seed);
        if (Files.isRegularFile(dir.resolve("labels.json"))) {
            return dir;
        }
        if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " holds an unfinished dump; delete it and run again");
        }
        long t = System.nanoTime();
        Summary s = write(dir, posts, seed);
        System.out.printf("Generated %s in %.1f s%n", s.line(), (System.nanoTime() - t) / 1e9);
        return dir;
    }

    /** The dump id of the post at a position: ids grow with time, and every 29th id is missing (deleted posts). */
    static long idAt(long position) {
        return position + 1 + position / 29;
    }

    private Summary writeAll(Path dir) {
        try (DumpXml users = new DumpXml(dir.resolve("Users.xml"), "users")) {
            users.row("Id", -1, "Reputation", 1, "CreationDate", START.minus(Duration.ofDays(400)),
                    "DisplayName", "Community", "LastAccessDate", START, "AccountId", -1);
            for (int i = 1; i <= userCount; i++) {
                Instant joined = START.minus(Duration.ofDays(r.nextInt(400))).plusMillis((long) (r.nextDouble()
                        * SPAN.toMillis() * Math.min(1.0, i / (double) userCount)));
                users.row("Id", i, "Reputation", 1 + (int) (100_000 / Math.pow(i, 0.8) * r.nextDouble()),
                        "CreationDate", joined, "DisplayName", TechText.displayName(r), "LastAccessDate",
                        joined.plus(Duration.ofDays(r.nextInt(900))), "Views", r.nextInt(5000), "UpVotes",
                        r.nextInt(800), "DownVotes", r.nextInt(60), "AccountId", 1000 + i);
            }
        }
        try (DumpXml p = new DumpXml(dir.resolve("Posts.xml"), "posts");
             DumpXml c = new DumpXml(dir.resolve("Comments.xml"), "comments");
             DumpXml v = new DumpXml(dir.resolve("Votes.xml"), "votes")) {
            postsOut = p;
            commentsOut = c;
            votesOut = v;
            for (long position = 0; position < posts; position++) {
                AnswerPlan planned = ring[(int) (position % WINDOW)];
                if (planned != null) {
                    ring[(int) (position % WINDOW)] = null;
                    answer(position, planned);
                } else {
                    question(position);
                }
            }
        }
        long tagId = 0;
        try (DumpXml tags = new DumpXml(dir.resolve("Tags.xml"), "tags")) {
            for (Map.Entry<String, int[]> t : tagCounts.entrySet()) {
                tags.row("Id", ++tagId, "TagName", t.getKey(), "Count", t.getValue()[0]);
            }
        }
        int labelled = writeLabels(dir.resolve("labels.json"));
        long bytes = 0;
        for (String f : List.of("Users.xml", "Posts.xml", "Comments.xml", "Votes.xml", "Tags.xml")) {
            try {
                bytes += Files.size(dir.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Summary(posts, questions, answers, commentId, voteId, userCount, tagId, labelled, bytes);
    }

    // ---- questions -------------------------------------------------------------------------------------------

    private void question(long position) {
        Paraphrase due = paraphrases.peek();
        boolean nearEnd = due != null && paraphrases.size() * 3L >= posts - position;
        if (due != null && (due.due <= position || nearEnd)) {
            paraphrases.poll();
            writeQuestion(position, due.cluster.focus, due.cluster, due.form, due.symptomVariant);
            return;
        }
        TechText.Focus focus = TechText.focus(r);
        boolean startsCluster = position < posts * 0.9 && (questions == 1 || r.nextDouble() < 0.02);
        Cluster cluster = null;
        int form = r.nextInt(TechText.TITLE_FORMS);
        if (startsCluster) {
            cluster = new Cluster(clusters.size() + 1, focus, TechText.query(focus, r));
            clusters.add(cluster);
            int n = 2 + r.nextInt(4);
            long maxGap = Math.max(1, Math.min(20_000, (posts - position) / 3));
            for (int i = 1; i <= n; i++) {
                int paraphraseForm = (form + i) % TechText.TITLE_FORMS;
                paraphrases.add(new Paraphrase(position + 1 + (long) (r.nextDouble() * maxGap), cluster,
                        paraphraseForm, i));
            }
        }
        writeQuestion(position, focus, cluster, form, 0);
    }

    private void writeQuestion(long position, TechText.Focus focus, Cluster cluster, int form, int symptomVariant) {
        long id = idAt(position);
        Instant at = timeAt(position);
        boolean canonical = cluster != null && cluster.members.isEmpty();
        if (cluster != null) {
            cluster.members.add(id);
        }
        questions++;
        int wanted = geometric(0.4, 15);
        if (canonical) {
            wanted = Math.max(1, wanted);
        }
        List<Long> slots = new ArrayList<>();
        List<AnswerPlan> plans = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            long slot = position + 1 + Math.min(WINDOW - 2, (long) Math.exp(Math.log(25) + 1.3 * r.nextGaussian()));
            while (slot < posts && slot - position < WINDOW && ring[(int) (slot % WINDOW)] != null) {
                slot++;
            }
            if (slot >= posts || slot - position >= WINDOW) {
                continue;
            }
            AnswerPlan plan = new AnswerPlan(id, focus);
            ring[(int) (slot % WINDOW)] = plan;
            slots.add(slot);
            plans.add(plan);
        }
        Long acceptedId = null;
        if (!plans.isEmpty() && r.nextDouble() < (canonical ? 0.85 : 0.5)) {
            int chosen = Math.min(plans.size() - 1, geometric(0.6, plans.size()));
            plans.get(chosen).accepted = true;
            acceptedId = idAt(slots.get(chosen));
        }
        long lastSlot = slots.stream().mapToLong(Long::longValue).max().orElse(position);
        int score = score(0);
        int comments = geometric(0.55, 12);
        String title = TechText.title(focus, form, symptomVariant, r);
        String body = TechText.questionBody(focus, questionShape(), symptomVariant, r);
        List<String> tags = tags(focus);
        Owner owner = owner(false);
        postsOut.row("Id", id, "PostTypeId", 1, "AcceptedAnswerId", acceptedId, "CreationDate", at, "Score", score,
                "ViewCount", 10 + (int) Math.exp(4 + 1.5 * r.nextGaussian()), "Body", body,
                "OwnerUserId", owner.id, "OwnerDisplayName", owner.name, "LastActivityDate", timeAt(lastSlot),
                "Title", title, "Tags", "|" + String.join("|", tags) + "|", "AnswerCount", plans.size(),
                "CommentCount", comments, "ContentLicense", LICENSE);
        comments(id, at, focus, comments);
        votes(id, at, score, false);
        if (r.nextDouble() < 0.03) {
            votesOut.row("Id", ++voteId, "PostId", id, "VoteTypeId", 5, "UserId", 1 + activeUsers.next(r),
                    "CreationDate", day(at, 30));
        }
    }

    private List<String> tags(TechText.Focus focus) {
        TechText.Topic topic = focus.topic();
        double u = r.nextDouble();
        int n = u < 0.15 ? 1 : u < 0.45 ? 2 : u < 0.75 ? 3 : u < 0.9 ? 4 : 5;
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        tags.add(r.nextDouble() < 0.6 ? topic.tags.getFirst() : topic.tag(r));
        for (int attempts = 0; tags.size() < n && attempts < 20; attempts++) {
            tags.add(r.nextDouble() < 0.1 ? TechText.topic(r).tag(r) : topic.tag(r));
        }
        for (String t : tags) {
            tagCounts.computeIfAbsent(t, k -> new int[1])[0]++;
        }
        return List.copyOf(tags);
    }

    // ---- answers, comments, votes ----------------------------------------------------------------------------

    private void answer(long position, AnswerPlan plan) {
        long id = idAt(position);
        Instant at = timeAt(position);
        answers++;
        int score = score(plan.accepted ? 2 : 0);
        int comments = geometric(0.62, 12);
        Owner owner = owner(true);
        postsOut.row("Id", id, "PostTypeId", 2, "ParentId", plan.questionId, "CreationDate", at, "Score", score,
                "Body", TechText.answerBody(plan.focus, answerShape(), r), "OwnerUserId", owner.id,
                "OwnerDisplayName", owner.name, "LastActivityDate", at, "CommentCount", comments,
                "ContentLicense", LICENSE);
        comments(id, at, plan.focus, comments);
        votes(id, at, score, plan.accepted);
    }

    private void comments(long postId, Instant postAt, TechText.Focus focus, int n) {
        for (int i = 0; i < n; i++) {
            Owner owner = owner(true);
            commentsOut.row("Id", ++commentId, "PostId", postId, "Score", r.nextDouble() < 0.8 ? 0 : r.nextInt(6),
                    "Text", TechText.comment(focus, r), "CreationDate",
                    postAt.plusSeconds(60 + (long) Math.exp(Math.log(3600) + 2 * r.nextGaussian() / 1.5)),
                    "UserId", owner.id, "UserDisplayName", owner.name, "ContentLicense", LICENSE);
        }
    }

    /** Anonymous up and down votes (as real dumps hold them) adding up to {@code score}. */
    private void votes(long postId, Instant at, int score, boolean accepted) {
        int extra = geometric(0.6, 20);
        int ups = Math.max(score, 0) + extra;
        int downs = ups - score;
        for (int i = 0; i < ups + downs; i++) {
            votesOut.row("Id", ++voteId, "PostId", postId, "VoteTypeId", i < ups ? 2 : 3, "CreationDate", day(at, 365));
        }
        if (accepted) {
            votesOut.row("Id", ++voteId, "PostId", postId, "VoteTypeId", 1, "CreationDate", day(at, 10));
        }
    }

    // ---- distributions ---------------------------------------------------------------------------------------

    private TechText.Shape questionShape() {
        return new TechText.Shape(logNormal(5, 0.7, 1, 60),
                r.nextDouble() < 0.5 ? logNormal(8, 0.8, 1, 150) : 0,
                r.nextDouble() < 0.15 ? logNormal(9, 0.9, 3, 400) : 0);
    }

    private TechText.Shape answerShape() {
        return new TechText.Shape(logNormal(4, 0.7, 1, 40),
                r.nextDouble() < 0.35 ? logNormal(6, 0.8, 1, 100) : 0,
                r.nextDouble() < 0.03 ? logNormal(6, 0.6, 3, 60) : 0);
    }

    private int logNormal(double median, double sigma, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(median * Math.exp(sigma * r.nextGaussian()))));
    }

    /** Failures before the first success with success probability {@code p}, at most {@code max}. */
    private int geometric(double p, int max) {
        int n = 0;
        while (n < max && r.nextDouble() >= p) {
            n++;
        }
        return n;
    }

    private int score(int bonus) {
        if (r.nextDouble() < 0.08) {
            return -1 - r.nextInt(3);
        }
        return bonus + (int) Math.floor(Math.exp(0.2 + 1.1 * r.nextGaussian())) - 1 + (r.nextDouble() < 0.5 ? 1 : 0);
    }

    private Instant timeAt(long position) {
        return START.plusMillis((long) ((position + 0.5) * stepMillis));
    }

    private Instant day(Instant after, int withinDays) {
        long days = after.getEpochSecond() / 86_400 + r.nextInt(withinDays + 1);
        return Instant.ofEpochSecond(days * 86_400);
    }

    private record Owner(Integer id, String name) {
    }

    /** Active users by a Zipf law (answerers more so); about 1.5 % of posts are by deleted users, kept by name. */
    private Owner owner(boolean answerer) {
        if (r.nextDouble() < 0.015) {
            return new Owner(null, "user" + (10_000 + r.nextInt(9_000_000)));
        }
        int rank = answerer || r.nextBoolean() ? activeUsers.next(r) : r.nextInt(userCount);
        return new Owner(rank + 1, null);
    }

    // ---- duplicate clusters and labels -----------------------------------------------------------------------

    private static final class AnswerPlan {
        final long questionId;
        final TechText.Focus focus;
        boolean accepted;

        AnswerPlan(long questionId, TechText.Focus focus) {
            this.questionId = questionId;
            this.focus = focus;
        }
    }

    private static final class Cluster {
        final int number;
        final TechText.Focus focus;
        final TechText.Query query;
        final List<Long> members = new ArrayList<>();

        Cluster(int number, TechText.Focus focus, TechText.Query query) {
            this.number = number;
            this.focus = focus;
            this.query = query;
        }
    }

    private record Paraphrase(long due, Cluster cluster, int form, int symptomVariant) {
    }

    private int writeLabels(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("about", "Labelled searches over a generated Stack Exchange dump (parley-bench se-dump, seed " + seed
                + ", " + posts + " posts). Each query stands for one planted duplicate cluster: 'relevant' names the"
                + " cluster's questions by imported source ref, the canonical question first, then its paraphrases"
                + " (which share its identifier or error code); 'questionIds' are the same as dump post ids.");
        root.put("seed", seed);
        root.put("posts", posts);
        ArrayNode queries = root.putArray("queries");
        int written = 0;
        for (Cluster c : clusters) {
            if (c.members.size() < 2) {
                continue;
            }
            ObjectNode q = queries.addObject();
            q.put("id", String.format("dup-%05d", c.number));
            q.put("q", c.query.text());
            q.put("style", c.query.style());
            ArrayNode relevant = q.putArray("relevant");
            ArrayNode ids = q.putArray("questionIds");
            for (long id : c.members) {
                relevant.add("stackexchange#post-" + id);
                ids.add(id);
            }
            written++;
        }
        try {
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return written;
    }
}
