package org.parley.importer.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportRefused;
import org.parley.importer.ImportSummary;
import org.parley.post.AnswerService;
import org.parley.post.AskQuestion;
import org.parley.post.CommentService;
import org.parley.post.Post;
import org.parley.post.PostExport;
import org.parley.post.QuestionService;
import org.parley.post.VoteService;
import org.parley.support.EmptyStore;
import org.parley.support.TempSqlite;
import org.parley.user.Actor;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Export to a Stack Exchange dump and import it back; dumps that are broken or hostile. Fixture files written here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StackExchangeDumpIntegrationTests {

    @Autowired
    StackExchangeExport exporter;
    @Autowired
    StackExchangeImport importer;
    @Autowired
    QuestionService questions;
    @Autowired
    AnswerService answers;
    @Autowired
    CommentService comments;
    @Autowired
    VoteService votes;
    @Autowired
    UserService users;
    @Autowired
    PostExport everything;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-dump");
    }

    @BeforeEach
    void emptyStore() {
        EmptyStore.empty(jdbc);
    }

    @Test
    void exportThenImportIntoAnEmptySiteGivesTheSameQuestionsAnswersCommentsAndVotes() {
        Actor tal = account("tal", "Tal Zur");
        Actor doron = account("doron", "Doron H");
        Actor rich = account("rich", "Rich T");
        Post q1 = questions.ask(tal, new AskQuestion("How do I share one interrupt between DSPs?",
                "Each DSP is a PCI function.\n\n```\nWdfInterruptCreate(...)\n```", List.of("kmdf", "pci")));
        Post q2 = questions.ask(rich, new AskQuestion("Why does my lower filter stop the joystick?",
                "Completion routine attached.", List.of("usb", "hid", "filter-driver")));
        questions.ask(rich, new AskQuestion("Is there a WPP tracing sample for KMDF?", "Nobody answers this.",
                List.of("tracing")));
        Post a1 = answers.answer(doron, q1.id(), "Each function gets its own interrupt.");
        Post a2 = answers.answer(rich, q1.id(), "We used MSI-X for that.");
        Post a3 = answers.answer(doron, q2.id(), "Format the request with WdfRequestFormatRequestUsingCurrentType.");
        comments.comment(tal, a1.id(), "Thanks, that explains it.");
        comments.comment(doron, q2.id(), "Which WDK version?");
        answers.accept(tal, a1.id());
        answers.accept(rich, a3.id());
        votes.vote(tal, a1.id(), 1);
        votes.vote(rich, a1.id(), 1);
        votes.vote(tal, a2.id(), -1);
        votes.vote(doron, q2.id(), 1);
        List<String> before = snapshot();

        Path dump = work.resolve("dump");
        StackExchangeExport.Exported exported = exporter.exportTo(dump);
        assertThat(exported.posts()).isEqualTo(6);
        assertThat(exported.comments()).isEqualTo(2);
        assertThat(exported.votes()).isEqualTo(4);
        assertThat(dump.resolve("Tags.xml")).content().contains("TagName=\"kmdf\"");

        EmptyStore.empty(jdbc);
        ImportSummary imported = importer.importDump(dump, false, ImportProgress.NONE);

        assertThat(imported.questions()).isEqualTo(3);
        assertThat(imported.answers()).isEqualTo(3);
        assertThat(imported.comments()).isEqualTo(2);
        assertThat(imported.votes()).isEqualTo(4);
        assertThat(imported.unanswered()).isEqualTo(1);
        assertThat(imported.users()).isEqualTo(3);
        assertThat(snapshot()).isEqualTo(before);

        ImportSummary again = importer.importDump(dump, false, ImportProgress.NONE);
        assertThat(again.questions() + again.answers() + again.comments() + again.votes() + again.users()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anInterruptedImportKeepsFinishedBatchesAndResumesWhereItStopped() throws IOException {
        int batch = StackExchangeImport.BATCH;
        int questionsInDump = 2 * batch + 200;
        int bad = 2 * batch + 100;
        Path dump = dump(questionsInDump, bad);

        assertThatThrownBy(() -> importer.importDump(dump, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("Posts.xml line " + (bad + 2) + ": answer " + bad + " belongs to question 99999, which is"
                        + " neither earlier in Posts.xml nor imported before");
        // Two batches were committed; the third, holding the bad row, left nothing.
        assertThat(count("posts")).isEqualTo(2 * StackExchangeImport.BATCH);

        Path fixed = dump(questionsInDump, -1);
        ImportSummary resumed = importer.importDump(fixed, false, ImportProgress.NONE);
        assertThat(resumed.unchanged()).isEqualTo(2 * StackExchangeImport.BATCH);
        assertThat(resumed.questions() + resumed.answers()).isEqualTo(questionsInDump - 2 * StackExchangeImport.BATCH);
        assertThat(count("posts")).isEqualTo(questionsInDump);
    }

    @Test
    void aDumpWithADoctypeIsRefusedSoNoExternalEntityIsEverRead() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "root:x:0:0");
        Path dump = dump(3, -1);
        Files.writeString(dump.resolve("Posts.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE posts [ <!ENTITY xxe SYSTEM "%s"> ]>
                <posts>
                  <row Id="1" PostTypeId="1" CreationDate="2010-01-01T00:00:00.000" Body="&xxe;" OwnerUserId="1"
                       Title="What does this entity expand to?" Tags="|xml|" />
                </posts>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> importer.importDump(dump, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Posts.xml line 2: the file declares a DTD");
        assertThat(count("posts")).isZero();
    }

    @Test
    void brokenXmlAndMissingReferencesNameTheFileAndLine() throws IOException {
        Path dump = dump(2, -1);
        Files.writeString(dump.resolve("Comments.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <comments>
                  <row Id="1" PostId="7" Text="On a post that is not there" CreationDate="2010-01-01T00:00:00.000" UserId="1" />
                </comments>
                """);
        assertThatThrownBy(() -> importer.importDump(dump, false, ImportProgress.NONE))
                .hasMessage("Comments.xml line 3: comment 1 is on post 7, which is not in Posts.xml");

        Files.writeString(dump.resolve("Comments.xml"), "<?xml version=\"1.0\"?>\n<comments>\n  <row Id=\"1\" PostId=");
        assertThatThrownBy(() -> importer.importDump(dump, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Comments.xml line 3: not well-formed XML");

        Files.delete(dump.resolve("Users.xml"));
        assertThatThrownBy(() -> importer.importDump(dump, false, ImportProgress.NONE))
                .hasMessageEndingWith("no Users.xml (a Stack Exchange dump folder holds Users.xml, Posts.xml,"
                        + " Comments.xml and optionally Votes.xml)");
    }

    /** Questions 1..n, each row on its own line (row k on line k + 2); {@code badAnswer} (if > 0) is an orphan answer. */
    private Path dump(int n, int badAnswer) throws IOException {
        Path dir = Files.createDirectories(work.resolve("dump-" + n + "-" + badAnswer));
        Files.writeString(dir.resolve("Users.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <users>
                  <row Id="1" DisplayName="Tal Zur" CreationDate="2010-01-01T00:00:00.000" />
                </users>
                """);
        StringBuilder posts = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
        for (int id = 1; id <= n; id++) {
            if (id == badAnswer) {
                posts.append("  <row Id=\"").append(id).append("\" PostTypeId=\"2\" ParentId=\"99999\" CreationDate=\"2010-01-01T00:00:00.000\" Body=\"An orphan\" OwnerUserId=\"1\" />\n");
            } else {
                posts.append("  <row Id=\"").append(id).append("\" PostTypeId=\"1\" CreationDate=\"2010-01-01T00:00:00.000\" Body=\"Body ")
                        .append(id).append("\" OwnerUserId=\"1\" Title=\"Generated question number ").append(id)
                        .append("\" Tags=\"&lt;kmdf&gt;\" />\n");
            }
        }
        Files.writeString(dir.resolve("Posts.xml"), posts.append("</posts>\n"));
        Files.writeString(dir.resolve("Comments.xml"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<comments>\n</comments>\n");
        return dir;
    }

    private Actor account(String handle, String name) {
        return users.create(new NewAccount(handle, name, "a long password", null, Role.MEMBER)).asActor();
    }

    /** Everything a reader sees, with authors by name (ids and handles differ after an import). */
    private List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        Map<Long, String> bodies = new HashMap<>();
        everything.eachPost(p -> {
            bodies.put(p.id(), p.bodyMarkdown());
            String accepted = p.acceptedAnswerId() == null ? "-" : "accepted";
            lines.add(String.join(" | ", p.isQuestion() ? "Q" : "A", String.valueOf(p.title()), p.bodyMarkdown(),
                    String.valueOf(p.tags()), p.author().displayName(), p.createdAt().toString(),
                    "score " + p.score(), "answers " + p.answerCount(), accepted,
                    p.isQuestion() ? "" : "on " + bodies.get(p.parentId())));
        });
        lines.add("accepted: " + jdbc.sql("""
                        SELECT a.body_markdown FROM posts q JOIN posts a ON a.id = q.accepted_answer_id ORDER BY q.id""")
                .query(String.class).list());
        everything.eachComment(c -> lines.add(String.join(" | ", "C", c.body(), c.author().displayName(),
                c.createdAt().toString(), "on " + bodies.get(c.postId()))));
        List<String> voteLines = new ArrayList<>(); // by voter id, which an import renumbers: compare as a set
        everything.eachVote(v -> voteLines.add(String.join(" | ", "V", bodies.get(v.postId()),
                users.findById(v.userId()).orElseThrow().displayName(), String.valueOf(v.value()))));
        voteLines.sort(null);
        lines.addAll(voteLines);
        return lines;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
