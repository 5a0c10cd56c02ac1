package org.parley.importer.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.DumpGenerator;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportSummary;
import org.parley.support.EmptyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the import benchmark's corpus honest: a small generated dump (parley-bench's {@link DumpGenerator}) is
 * well-formed and goes through the real importer with every post, comment, score and acceptance it holds, on each
 * store (the bulk path's SQL is written once for both).
 */
// The indexer stays off: the test counts the search outbox rows the import leaves, which it would drain.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parley.search.indexer-enabled=false")
abstract class GeneratedDumpContract {

    @Autowired
    StackExchangeImport importer;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyStore() {
        EmptyStore.empty(jdbc);
    }

    @Test
    void aGeneratedDumpIsWellFormedAndImportsCompletely() throws IOException {
        Path dump = work.resolve("dump");
        DumpGenerator.Summary generated = DumpGenerator.write(dump, 200, 42);

        Map<Long, Integer> scores = new HashMap<>();
        Set<Long> questionIds = new HashSet<>();
        int[] accepted = {0};
        int postRows = DumpReader.rows(dump.resolve("Posts.xml"), row -> {
            scores.put(row.number("Id"), (int) row.number("Score"));
            if (row.number("PostTypeId") == 1) {
                questionIds.add(row.number("Id"));
                assertThat(row.required("Title")).hasSizeBetween(10, 200);
                if (row.optionalNumber("AcceptedAnswerId") != null) {
                    accepted[0]++;
                }
            }
            assertThat(row.required("Body")).contains("<p>");
        });
        int[] upDown = {0};
        DumpReader.rows(dump.resolve("Votes.xml"), row -> {
            if (row.number("VoteTypeId") == 2 || row.number("VoteTypeId") == 3) {
                upDown[0]++;
            }
        });
        assertThat(postRows).isEqualTo(200);
        assertThat(questionIds).hasSize((int) generated.questions());
        assertThat(DumpReader.rows(dump.resolve("Comments.xml"), row -> { })).isEqualTo((int) generated.comments());
        assertThat(DumpReader.rows(dump.resolve("Users.xml"), row -> { })).isEqualTo((int) generated.users() + 1);
        assertThat(DumpReader.rows(dump.resolve("Tags.xml"), row -> { })).isEqualTo((int) generated.tags());
        assertThat(Files.readString(dump.resolve("Posts.xml"))).contains("&#10;"); // code keeps its lines

        JsonNode labels = JsonMapper.builder().build().readTree(dump.resolve("labels.json").toFile());
        assertThat(labels.get("queries").size()).isEqualTo(generated.labelledQueries()).isPositive();
        for (JsonNode query : labels.get("queries")) {
            assertThat(query.get("q").asString()).isNotBlank();
            assertThat(query.get("relevant").size()).isBetween(2, 6);
            query.get("questionIds").forEach(id -> assertThat(questionIds).contains(id.asLong()));
        }

        ImportSummary summary = importer.importDump(dump, false, ImportProgress.NONE);

        assertThat(summary.questions()).isEqualTo(generated.questions());
        assertThat(summary.answers()).isEqualTo(generated.answers());
        assertThat(summary.comments()).isEqualTo(generated.comments());
        assertThat(summary.votes()).isEqualTo(upDown[0]);
        Map<Long, Integer> imported = new HashMap<>();
        jdbc.sql("SELECT source_ref, score FROM posts").query((rs, n) -> imported.put(
                Long.parseLong(rs.getString(1).substring(rs.getString(1).lastIndexOf('-') + 1)), rs.getInt(2))).list();
        assertThat(imported).isEqualTo(scores); // anonymous votes count, once
        assertThat(jdbc.sql("SELECT COUNT(*) FROM posts WHERE accepted_answer_id IS NOT NULL").query(Integer.class).single())
                .isEqualTo(accepted[0]);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT question_id) FROM search_outbox").query(Integer.class).single())
                .isEqualTo((int) generated.questions());

        ImportSummary again = importer.importDump(dump, false, ImportProgress.NONE);
        assertThat(again.questions() + again.answers() + again.comments() + again.votes()).isZero();
        assertThat(jdbc.sql("SELECT SUM(score) FROM posts").query(Integer.class).single())
                .isEqualTo(scores.values().stream().mapToInt(Integer::intValue).sum());
    }
}
