package org.parley.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportRefused;
import org.parley.importer.ImportSummary;
import org.parley.post.Comment;
import org.parley.post.ImportedPosts;
import org.parley.post.Post;
import org.parley.post.QuestionService;
import org.parley.post.QuestionThread;
import org.parley.support.EmptyStore;
import org.parley.support.TempSqlite;
import org.parley.user.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A WordPress export written here, imported for real: posts, threaded comments, what is left out, bad files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WordPressImportIntegrationTests {

    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Driver blog</title>
              <item>
                <title>Update</title>
                <dc:creator><![CDATA[doron]]></dc:creator>
                <content:encoded><![CDATA[<p>KMDF 1.9 is out &amp; ships in the WDK.</p>]]></content:encoded>
                <wp:post_id>12</wp:post_id>
                <wp:post_date>2010-03-01 09:00:00</wp:post_date>
                <wp:post_date_gmt>2010-03-01 17:00:00</wp:post_date_gmt>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
                <category domain="category" nicename="uncategorized"><![CDATA[Uncategorized]]></category>
                <category domain="post_tag" nicename="kmdf"><![CDATA[KMDF]]></category>
                <wp:comment>
                  <wp:comment_id>5</wp:comment_id>
                  <wp:comment_author><![CDATA[Tal Zur]]></wp:comment_author>
                  <wp:comment_date_gmt>2010-03-02 08:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[Does 1.9 run on Windows 2000?]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_parent>0</wp:comment_parent>
                  <wp:commentmeta><wp:meta_key>akismet_result</wp:meta_key><wp:meta_value>false</wp:meta_value></wp:commentmeta>
                </wp:comment>
                <wp:comment>
                  <wp:comment_id>6</wp:comment_id>
                  <wp:comment_author><![CDATA[doron]]></wp:comment_author>
                  <wp:comment_date_gmt>2010-03-02 09:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[No, Windows XP and later.]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_parent>5</wp:comment_parent>
                </wp:comment>
                <wp:comment>
                  <wp:comment_id>7</wp:comment_id>
                  <wp:comment_author><![CDATA[Tal Zur]]></wp:comment_author>
                  <wp:comment_date_gmt>2010-03-02 10:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[Thanks!]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_parent>6</wp:comment_parent>
                </wp:comment>
                <wp:comment>
                  <wp:comment_id>8</wp:comment_id>
                  <wp:comment_author><![CDATA[cheap pills]]></wp:comment_author>
                  <wp:comment_date_gmt>2010-03-03 10:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[Buy now]]></wp:comment_content>
                  <wp:comment_approved>spam</wp:comment_approved>
                  <wp:comment_parent>0</wp:comment_parent>
                </wp:comment>
              </item>
              <item>
                <title>Unfinished draft about WPP tracing</title>
                <dc:creator><![CDATA[doron]]></dc:creator>
                <content:encoded><![CDATA[todo]]></content:encoded>
                <wp:post_id>13</wp:post_id>
                <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:post_date>2010-04-01 09:00:00</wp:post_date>
                <wp:status>draft</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
            </channel>
            </rss>
            """;

    @Autowired
    WordPressImport importer;
    @Autowired
    ImportedPosts imported;
    @Autowired
    QuestionService questions;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-wxr");
    }

    @BeforeEach
    void emptyStore() {
        EmptyStore.empty(jdbc);
    }

    @Test
    void postsBecomeQuestionsTopLevelCommentsAnswersAndRepliesKeepTheirThread() throws IOException {
        Path file = Files.writeString(work.resolve("blog.wxr"), EXPORT);

        ImportSummary summary = importer.importExport(file, false, ImportProgress.NONE);

        assertThat(summary.questions()).isEqualTo(1);
        assertThat(summary.answers()).isEqualTo(1);
        assertThat(summary.comments()).isEqualTo(2);
        assertThat(summary.users()).isEqualTo(2);
        Post post = imported.post("wordpress", "wordpress#post-12").orElseThrow();
        assertThat(post.title()).isEqualTo("Update (blog post)");
        assertThat(post.bodyMarkdown()).isEqualTo("<p>KMDF 1.9 is out &amp; ships in the WDK.</p>");
        assertThat(post.tags()).containsExactly("kmdf");
        assertThat(post.createdAt()).hasToString("2010-03-01T17:00:00Z");

        QuestionThread thread = questions.thread(Viewer.ANONYMOUS, post.id());
        assertThat(thread.answers()).extracting(Post::bodyMarkdown).containsExactly("Does 1.9 run on Windows 2000?");
        Post answer = thread.answers().get(0);
        assertThat(answer.author().displayName()).isEqualTo("Tal Zur");
        // The reply and the reply to the reply both hang under the answer their thread started from, in order.
        assertThat(thread.commentsOn(answer.id())).extracting(Comment::body)
                .containsExactly("No, Windows XP and later.", "Thanks!");
        assertThat(imported.post("wordpress", "wordpress#post-13")).isEmpty(); // the draft
        assertThat(jdbc.sql("SELECT COUNT(*) FROM posts WHERE body_markdown = 'Buy now'").query(Long.class).single())
                .isZero();

        ImportSummary again = importer.importExport(file, false, ImportProgress.NONE);
        assertThat(again.questions() + again.answers() + again.comments() + again.users()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void anExportWithADoctypeOrBrokenXmlIsRefusedWithItsLineAndLeavesNothing() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "root:x:0:0");
        Path hostile = Files.writeString(work.resolve("hostile.wxr"), EXPORT.replace("<rss version",
                "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n<rss version"));
        assertThatThrownBy(() -> importer.importExport(hostile, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("hostile.wxr line 2: the file declares a DTD");

        Path cut = Files.writeString(work.resolve("cut.wxr"), EXPORT.substring(0, EXPORT.indexOf("<wp:comment_id>7")));
        assertThatThrownBy(() -> importer.importExport(cut, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("cut.wxr line 35: not well-formed XML (the file ends before its elements are closed: truncated?)");

        Path notWxr = Files.writeString(work.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<feed/>\n");
        assertThatThrownBy(() -> importer.importExport(notWxr, false, ImportProgress.NONE))
                .hasMessage("feed.xml line 2: this is not a WordPress export (WXR): it starts with <feed>, not <rss>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single()).isZero();
    }

    @Test
    void titlesAndTagsAreMadeToFitTheRules() {
        WxrPost longTitle = new WxrPost(1, "A".repeat(150) + " " + "b".repeat(100), "x", "body", Instant.EPOCH,
                "post", "publish", List.of("Power Management", "C++", "uncategorized", "???"), List.of(), 1);
        assertThat(WordPressImport.title(longTitle)).hasSizeLessThanOrEqualTo(200).endsWith("…");
        assertThat(WordPressImport.tags(longTitle)).containsExactly("power-management", "c++");
    }
}
