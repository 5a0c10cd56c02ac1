package org.parley.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiClient;
import org.parley.support.PageClient;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.parley.support.TempSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification mail against a real SMTP server (GreenMail) running in the test: one mail per event,
 * RFC 8058 unsubscribe headers, the daily digest, one-click unsubscribe, and delivery after an outage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.security.bcrypt-strength=4", "parley.notify.mail-poll=100ms", "parley.notify.retry-base=300ms",
        "parley.notify.retry-max=1s", "parley.notify.from=parley@qa.example.org", "logging.level.org.parley=WARN"})
class NotificationMailIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final String PASSWORD = "mail password";
    private static GreenMail smtp = startSmtp();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    Notifications notifications;

    @Autowired
    DigestJob digests;

    @Autowired
    JdbcClient jdbc;

    private ApiClient api;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-mail");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port + "/api/v1");
        if (smtp == null) {
            smtp = startSmtp();
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private String person(String prefix, String email) {
        String handle = prefix + System.nanoTime() % 1_000_000;
        assertThat(api.post("/users", Map.of("handle", handle, "password", PASSWORD, "email", email)).status()).isEqualTo(201);
        return handle;
    }

    private ApiClient as(String handle) {
        return api.as(handle, PASSWORD);
    }

    private List<MimeMessage> mailTo(String address, int atLeast) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(address)).toList();
            if (mine.size() >= atLeast) {
                return mine;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + atLeast + " mail(s) to " + address + " within 15 s");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEventMailsThePersonItConcernsWithUnsubscribeHeaders() throws Exception {
        String asker = person("asker", "asker@qa.example.org");
        String expert = person("expert", "expert@qa.example.org");
        String mentioned = person("mentioned", "mentioned@qa.example.org");
        String watcher = person("watcher", "watcher@qa.example.org");
        notifications.savePreferences(users.find(watcher).asActor(), "immediately", List.of("power-management"));

        long q = as(asker).post("/questions", Map.of("title", "Device never wakes from selective suspend",
                "body", "Maybe @" + mentioned + " knows? (mail me at asker@qa.example.org)",
                "tags", List.of("usb", "power-management"))).json().get("id").asLong();
        assertThat(mailTo("watcher@qa.example.org", 1).get(0).getSubject()).contains("New question in a tag you watch");
        assertThat(mailTo("mentioned@qa.example.org", 1).get(0).getSubject()).contains("You were mentioned");

        long a = as(expert).post("/questions/" + q + "/answers", Map.of("body", "Arm wake in EvtDeviceArmWakeFromS0."))
                .json().get("id").asLong();
        MimeMessage answered = mailTo("asker@qa.example.org", 1).get(0);
        assertThat(answered.getSubject()).isEqualTo("[Parley] New answer to your question: Device never wakes from selective suspend");
        assertThat(answered.getFrom()[0].toString()).isEqualTo("parley@qa.example.org");
        assertThat(answered.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/unsubscribe\\?u=\\d+&t=[0-9a-f]{64}>");
        assertThat(answered.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat((String) answered.getContent()).contains("/questions/" + q + "/device-never-wakes-from-selective-suspend#post-" + a);

        as(asker).post("/posts/" + a + "/comments", Map.of("body", "Which callback arms it?"));
        assertThat(mailTo("expert@qa.example.org", 1).get(0).getSubject()).contains("New comment on your answer");
        as(asker).post("/answers/" + a + "/accept", null);
        assertThat(mailTo("expert@qa.example.org", 2)).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).contains("Your answer was accepted"));

        long dup = as(asker).post("/questions", Map.of("title", "Selective suspend wake does not work",
                "body", "Same problem again.", "tags", List.of("usb"))).json().get("id").asLong();
        String moderator = "mod" + System.nanoTime() % 100000;
        users.create(new NewAccount(moderator, null, PASSWORD, null, Role.MODERATOR));
        assertThat(as(moderator).post("/questions/" + dup + "/close", Map.of("duplicateOf", q)).status()).isEqualTo(200);
        assertThat(mailTo("asker@qa.example.org", 2)).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).contains("closed as a duplicate"));

        // Nobody is mailed about their own action: the expert's own answer told the expert nothing.
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals("expert@qa.example.org")))
                .hasSize(2);
        PageClient askerPages = new PageClient("http://localhost:" + port).logIn(asker, PASSWORD);
        String inbox = askerPages.get("/inbox").body();
        assertThat(inbox).contains("New answer to your question", "Your question was closed as a duplicate");
        assertThat(askerPages.get("/").body()).containsPattern("aria-label=\"2 unread\"");
    }

    @Test
    void dailyDigestCollectsNotificationsIntoOneMail() throws Exception {
        String asker = person("digest", "digest@qa.example.org");
        notifications.savePreferences(users.find(asker).asActor(), "daily", List.of());
        long q = as(asker).post("/questions", Map.of("title", "A question for the digest reader",
                "body", "Tell me tomorrow.", "tags", List.of("digest"))).json().get("id").asLong();
        as(person("a1", "a1@qa.example.org")).post("/questions/" + q + "/answers", Map.of("body", "First answer."));
        as(person("a2", "a2@qa.example.org")).post("/questions/" + q + "/answers", Map.of("body", "Second answer."));
        Thread.sleep(500);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals("digest@qa.example.org"))).isEmpty();

        assertThat(digests.queueDigests()).isGreaterThanOrEqualTo(1);
        MimeMessage digest = mailTo("digest@qa.example.org", 1).get(0);
        assertThat(digest.getSubject()).isEqualTo("[Parley] Your daily digest: 2 notifications");
        assertThat((String) digest.getContent()).contains("A question for the digest reader").containsPattern("(?s)New answer.*New answer");
        assertThat(digests.queueDigests()).as("nothing is digested twice").isZero();
    }

    @Test
    void oneClickUnsubscribeStopsMailButKeepsTheInbox() throws Exception {
        String asker = person("unsub", "unsub@qa.example.org");
        long q = as(asker).post("/questions", Map.of("title", "Mail me once, then stop", "body", "Please.",
                "tags", List.of("mail"))).json().get("id").asLong();
        as(person("b1", "b1@qa.example.org")).post("/questions/" + q + "/answers", Map.of("body", "One."));
        String header = mailTo("unsub@qa.example.org", 1).get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        ApiClient site = new ApiClient("http://localhost:" + port);
        var clicked = site.send("POST", link.getPath() + "?" + link.getQuery(), "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded");
        assertThat(clicked.status()).isEqualTo(200);
        var forged = site.send("POST", "/unsubscribe?u=1&t=" + "0".repeat(64), "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded");
        assertThat(forged.status()).isEqualTo(400);

        as(person("b2", "b2@qa.example.org")).post("/questions/" + q + "/answers", Map.of("body", "Two."));
        Thread.sleep(800);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals("unsub@qa.example.org"))).hasSize(1);
        assertThat(notifications.inbox(users.find(asker).asActor())).hasSize(2);
    }

    @Test
    void mailQueuedDuringAnOutageIsDeliveredWhenTheServerComesBack() throws Exception {
        String asker = person("outage", "outage@qa.example.org");
        long q = as(asker).post("/questions", Map.of("title", "Will this mail survive an outage?",
                "body", "Let's see.", "tags", List.of("mail"))).json().get("id").asLong();
        smtp.stop();
        smtp = null;
        var answered = as(person("c1", "c1@qa.example.org")).post("/questions/" + q + "/answers", Map.of("body", "Yes."));
        assertThat(answered.status()).as("posting does not wait for mail").isEqualTo(201);
        Instant deadline = Instant.now().plusSeconds(15);
        while (failedAttempts("outage@qa.example.org") < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(failedAttempts("outage@qa.example.org")).as("retried with backoff").isGreaterThanOrEqualTo(2);

        smtp = startSmtp();
        MimeMessage late = mailTo("outage@qa.example.org", 1).get(0);
        assertThat(late.getSubject()).contains("Will this mail survive an outage?");
        // The server has the mail a moment before the worker records it as sent.
        Instant recorded = Instant.now().plusSeconds(10);
        while (unsent("outage@qa.example.org") > 0 && Instant.now().isBefore(recorded)) {
            Thread.sleep(50);
        }
        assertThat(unsent("outage@qa.example.org")).isZero();
    }

    private long unsent(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r AND sent_at IS NULL")
                .param("r", recipient).query(Long.class).single();
    }

    private int failedAttempts(String recipient) {
        return jdbc.sql("SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient = :r AND sent_at IS NULL")
                .param("r", recipient).query(Integer.class).single();
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
