package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.importer.blogthread.ThreadText;
import org.parley.post.Comment;
import org.parley.post.ImportedPosts;
import org.parley.post.Post;
import org.parley.post.QuestionQuery;
import org.parley.post.QuestionService;
import org.parley.post.QuestionSort;
import org.parley.post.QuestionThread;
import org.parley.site.AboutService;
import org.parley.support.EmptyStore;
import org.parley.support.TempSqlite;
import org.parley.user.User;
import org.parley.user.UserService;
import org.parley.user.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A blog thread imported for real into a SQLite file, through the services, and read back as a reader sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BlogThreadImportIntegrationTests {

    private static final BlogThreadOptions AS_DORON = new BlogThreadOptions("Driver Q&A", "doronh", false);

    @Autowired
    BlogThreadImport importer;
    @Autowired
    QuestionService questions;
    @Autowired
    ImportedPosts imported;
    @Autowired
    UserService users;
    @Autowired
    AboutService about;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-import");
    }

    @BeforeEach
    void emptyStore() {
        EmptyStore.empty(jdbc);
    }

    private static ThreadText conversation() {
        return ThreadText.thread()
                .comment("talzur", "Hi Doron,\n\nHow can I name each DSP device interface uniquely on my PCI board?")
                .comment("gaurav_verma", "Where is the bulk usb sample in the WDK? I cannot find it anywhere.")
                .comment("doronh", "Tal, each device interface instance gets a unique name from PnP.\n\n"
                        + "Gaurav, the bulkusb sample is under src\\usb in the WDK.")
                .comment("talzur", "Thanks Doron, that works now!")
                .comment("", "How do I debug a bugcheck 0x9F DRIVER_POWER_STATE_FAILURE in my KMDF driver?");
    }

    private ImportSummary run(ThreadText thread, BlogThreadOptions options) {
        return importer.importThread(thread.text().getBytes(StandardCharsets.UTF_8), "thread.txt", options,
                ImportProgress.NONE);
    }

    @Test
    void questionsAnswersCommentsAcceptanceUsersAndTheAboutTextAreImported() {
        ImportSummary summary = run(conversation(), AS_DORON);

        assertThat(summary.questions()).isEqualTo(3);
        assertThat(summary.answers()).isEqualTo(2); // one reply to two askers: an answer on each question
        assertThat(summary.comments()).isEqualTo(1);
        assertThat(summary.unanswered()).isEqualTo(1);
        assertThat(summary.users()).isEqualTo(4);
        assertThat(summary.line()).startsWith("Imported 3 questions, 2 answers, 1 comments, 1 unanswered questions, 4 users in ");

        Post tal = post("blog-thread#1");
        assertThat(tal.isQuestion()).isTrue();
        assertThat(tal.title()).hasSizeBetween(10, 120).doesNotContainIgnoringCase("Hi Doron");
        assertThat(tal.bodyMarkdown()).isEqualTo("Hi Doron,\n\nHow can I name each DSP device interface uniquely on my PCI board?");
        assertThat(tal.tags()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(tal.source().author()).isEqualTo("talzur");
        assertThat(tal.author().handle()).isEqualTo("talzur");

        QuestionThread talThread = questions.thread(Viewer.ANONYMOUS, tal.id());
        assertThat(talThread.answers()).hasSize(1);
        Post fullReply = talThread.answers().get(0);
        assertThat(fullReply.source().ref()).isEqualTo("blog-thread#3");
        assertThat(fullReply.bodyMarkdown()).contains("Tal,").contains("Gaurav,"); // the whole original reply
        assertThat(talThread.question().acceptedAnswerId()).isEqualTo(fullReply.id()); // "that works now"
        List<Comment> thanks = talThread.commentsOn(fullReply.id());
        assertThat(thanks).extracting(Comment::body).containsExactly("Thanks Doron, that works now!");

        Post gaurav = post("blog-thread#2");
        QuestionThread gauravThread = questions.thread(Viewer.ANONYMOUS, gaurav.id());
        assertThat(gauravThread.answers()).hasSize(1);
        Post part = gauravThread.answers().get(0);
        assertThat(part.source().ref()).isEqualTo("blog-thread#3/for-2");
        assertThat(part.bodyMarkdown()).startsWith("Gaurav, the bulkusb sample").doesNotContain("Tal,")
                .contains("/questions/" + tal.id() + "#post-" + fullReply.id());

        Post anonymous = post("blog-thread#5");
        assertThat(anonymous.author().handle()).isEqualTo("anonymous");
        assertThat(questions.list(new QuestionQuery(QuestionSort.UNANSWERED, null, 1, 30)).items())
                .extracting(Post::id).containsExactly(anonymous.id());

        // The original order survives: comment N is later than comment N-1, whatever the clock says.
        assertThat(tal.createdAt()).isBefore(gaurav.createdAt());
        assertThat(gaurav.createdAt()).isBefore(fullReply.createdAt());
        assertThat(fullReply.createdAt()).isBefore(anonymous.createdAt());

        User placeholder = users.find("gaurav_verma");
        assertThat(placeholder.placeholder()).isTrue();
        assertThat(users.loginAccount("gaurav_verma")).isEmpty();
        assertThat(about.about()).hasValueSatisfying(a -> {
            assertThat(a.siteName()).isEqualTo("Driver Q&A");
            assertThat(a.bodyMarkdown()).isEqualTo("A blog post inviting questions.");
        });
        // Every question got its search outbox entry in the same transaction.
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT question_id) FROM search_outbox").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndALongerVersionAddsOnlyTheNewComments() {
        run(conversation(), AS_DORON);
        long posts = count("posts");
        long comments = count("comments");
        long users = count("users");

        ImportSummary again = run(conversation(), AS_DORON);
        assertThat(again.questions() + again.answers() + again.comments() + again.users()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(count("posts")).isEqualTo(posts);
        assertThat(count("comments")).isEqualTo(comments);
        assertThat(count("users")).isEqualTo(users);

        ImportSummary longer = run(conversation()
                .comment("doronh", "Use !analyze -v and then !irp on the blocked IRP to see which driver holds it."),
                AS_DORON);
        assertThat(longer.answers()).isEqualTo(1);
        assertThat(longer.questions() + longer.comments() + longer.users()).isZero();
        assertThat(longer.unanswered()).isZero();
        assertThat(questions.list(new QuestionQuery(QuestionSort.UNANSWERED, null, 1, 30)).items()).isEmpty();
    }

    @Test
    void aDryRunCountsEverythingAndKeepsNothing() {
        ImportSummary dry = run(conversation(), new BlogThreadOptions(null, "doronh", true));

        assertThat(dry.questions()).isEqualTo(3);
        assertThat(dry.line()).startsWith("Dry run, nothing kept: would import 3 questions");
        assertThat(count("posts") + count("comments") + count("users")).isZero();
        assertThat(about.about()).isEmpty();
    }

    @Test
    void aCommentTheServicesRefuseStopsTheImportNamingItsLineAndLeavesNothingBehind() {
        // Under the parser's 256 K-character limit, but 3 bytes a character is over the 256 KiB body limit.
        String euros = "€".repeat(100_000);
        ThreadText thread = conversation().comment("bigpaste", "Why does my driver print this? " + euros);

        assertThatThrownBy(() -> run(thread, AS_DORON))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("comment 6 (line ")
                .hasMessageContaining("body: must be at most 256 KiB");
        assertThat(count("posts") + count("comments") + count("users")).isZero();
        assertThat(about.about()).isEmpty();
        // The write lock went with the rolled-back transaction: the site takes new posts at once.
        run(conversation(), AS_DORON);
        assertThat(count("posts")).isEqualTo(5);
    }

    @Test
    void readersAreServedWhileAnImportIsWritingAndSeeNothingHalfDone() throws Exception {
        AtomicReference<Long> seenDuringImport = new AtomicReference<>();
        ImportProgress readAlongside = (done, total) -> {
            if (done == 3 && seenDuringImport.get() == null) {
                // Another connection, as a request to the running server would use.
                seenDuringImport.set(CompletableFuture
                        .supplyAsync(() -> questions.list(new QuestionQuery(QuestionSort.NEWEST, null, 1, 30)).total())
                        .orTimeout(10, TimeUnit.SECONDS).join());
            }
        };
        importer.importThread(conversation().text().getBytes(StandardCharsets.UTF_8), "thread.txt", AS_DORON,
                readAlongside);

        assertThat(seenDuringImport.get()).isZero();
        assertThat(questions.list(new QuestionQuery(QuestionSort.NEWEST, null, 1, 30)).total()).isEqualTo(3);
    }

    @Test
    void aFollowUpLongerThanACommentIsSplitIntoNumberedCommentsInOrder() {
        StringBuilder log = new StringBuilder("Here is the full log:\n");
        for (int i = 0; log.length() < 4500; i++) {
            log.append("fffff801`12345678 nt!KiBugCheckDispatch+0x").append(i).append('\n');
        }
        ImportSummary summary = run(ThreadText.thread()
                .comment("talzur", "Hi Doron,\n\nWhy does my driver bugcheck with 0x9F when the system sleeps?")
                .comment("talzur", log.toString()), AS_DORON);

        assertThat(summary.comments()).isEqualTo(3);
        Post question = post("blog-thread#1");
        List<Comment> parts = questions.thread(Viewer.ANONYMOUS, question.id()).commentsOn(question.id());
        assertThat(parts).hasSize(3).allSatisfy(c -> assertThat(c.body().length()).isLessThanOrEqualTo(2000));
        assertThat(parts).extracting(c -> c.body().substring(0, 6)).containsExactly("(1/3) ", "(2/3) ", "(3/3) ");
        assertThat(parts).extracting(c -> c.source().ref())
                .containsExactly("blog-thread#2", "blog-thread#2/part-2", "blog-thread#2/part-3");
        assertThat(String.join("\n", parts.stream().map(c -> c.body().substring(6)).toList()))
                .isEqualTo(log.toString().strip());
    }

    private Post post(String ref) {
        return imported.post("blog-thread", ref).orElseThrow(() -> new AssertionError("no post " + ref));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
