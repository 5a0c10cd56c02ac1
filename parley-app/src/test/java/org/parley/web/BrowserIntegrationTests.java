package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.support.ApiClient;
import org.parley.support.TempSqlite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real headless Chromium, as people use them: register, ask, answer, vote, accept,
 * edit, search, with and without JavaScript. Every test leaves a screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN"})
class BrowserIntegrationTests {

    private static final String PASSWORD = "browser password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.parley.user.UserService users;

    private Browser browser;
    private ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-browser");
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port + "/api/v1");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser(boolean javascript) {
        browser = Browser.open("http://localhost:" + port, javascript);
        return browser;
    }

    private String newUser(String prefix) {
        String handle = prefix + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 10000);
        assertThat(api.post("/users", Map.of("handle", handle, "password", PASSWORD)).status()).isEqualTo(201);
        return handle;
    }

    private void logIn(Browser b, String handle) {
        b.go("/login");
        b.driver.findElement(By.id("username")).sendKeys(handle);
        b.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        b.submitWith(By.cssSelector("form button[type=submit].primary"));
        b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.linkText(handle)));
    }

    private long askViaApi(String handle, String title, String body) {
        var r = api.as(handle, PASSWORD).post("/questions", Map.of("title", title, "body", body, "tags", List.of("kmdf")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void registerAndLogIn() {
        Browser b = browser(true);
        String handle = "newcomer" + SEQUENCE.incrementAndGet();
        b.go("/register");
        b.driver.findElement(By.id("handle")).sendKeys(handle);
        b.driver.findElement(By.id("displayName")).sendKeys("New Comer");
        b.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        b.screenshot("register");
        b.submitWith(By.cssSelector("form button.primary"));
        b.waitUpTo(10).until(ExpectedConditions.urlContains("/login"));
        logIn(b, handle);
        assertThat(b.driver.findElement(By.cssSelector(".site-account")).getText()).contains(handle, "Log out");
        b.screenshot("logged-in-home");
    }

    @Test
    void askAQuestionWithACodeBlockAfterSeeingSimilarQuestions() {
        String asker = newUser("asker");
        askViaApi(newUser("earlier"), "WdfRequestSend fails with STATUS_INVALID_DEVICE_STATE after surprise removal",
                "The I/O target is gone.");
        org.parley.support.Indexing.awaitSimilar(api, "Why does WdfRequestSend fail after surprise removal?",
                "WdfRequestSend fails with STATUS_INVALID_DEVICE_STATE");
        Browser b = browser(true);
        logIn(b, asker);
        b.go("/ask");
        b.driver.findElement(By.id("title")).sendKeys("Why does WdfRequestSend fail after surprise removal?");
        WebElement similar = b.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("similar-questions")));
        assertThat(similar.getText()).contains("WdfRequestSend fails with STATUS_INVALID_DEVICE_STATE");
        b.driver.findElement(By.id("body")).sendKeys("My driver calls it like this:\n\n```c\nstatus = WdfRequestSend(request, target, &options);\n```\n");
        b.driver.findElement(By.id("tags")).sendKeys("kmdf usb");
        b.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#body-preview pre code")));
        b.screenshot("ask-with-similar-and-preview");
        b.submitWith(By.cssSelector(".ask-form button.primary"));
        b.waitUpTo(10).until(ExpectedConditions.urlMatches("/questions/\\d+/why-does-wdfrequestsend-fail-after-surprise-removal"));
        WebElement code = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".question .body pre code.hljs")));
        assertThat(code.getText()).contains("WdfRequestSend(request, target, &options);");
        b.screenshot("question-with-code");
    }

    @Test
    void anotherUserAnswersTheAskerVotesAndAccepts() {
        String asker = newUser("asker");
        String expert = newUser("expert");
        long q = askViaApi(asker, "How do I get the URB from an IRP in a KMDF filter?", "In my completion routine.");
        Browser b = browser(true);
        logIn(b, expert);
        b.go("/questions/" + q);
        b.driver.findElement(By.id("answer-body")).sendKeys("Call `URB_FROM_IRP(irp)` on the current stack location.");
        b.submitWith(By.cssSelector(".answer-form button.primary"));
        WebElement answer = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.answer")));
        assertThat(answer.getText()).contains("URB_FROM_IRP(irp)");
        b.submitWith(By.cssSelector(".site-account button.link"));

        logIn(b, asker);
        b.go("/questions/" + q);
        b.submitWith(By.cssSelector("article.answer button.vote.up"));
        assertThat(b.driver.findElement(By.cssSelector("article.answer .score")).getText()).isEqualTo("1");
        WebElement accept = b.driver.findElement(By.cssSelector("article.answer button.accept"));
        accept.sendKeys(org.openqa.selenium.Keys.ENTER);
        b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.answer.accepted .accepted-mark")));
        assertThat(b.driver.findElement(By.cssSelector("article.answer button.vote.up")).getAttribute("aria-pressed")).isEqualTo("true");
        b.screenshot("answer-voted-and-accepted");
        b.width(360);
        b.screenshot("answer-voted-and-accepted-360px");
        long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) b.driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    @Test
    void editWithAReasonAndSeeTheDiff() {
        String asker = newUser("asker");
        long q = askViaApi(asker, "Driver verifier flags my DPC routine", "It runs too long at DISPATCH_LEVEL.");
        Browser b = browser(true);
        logIn(b, asker);
        b.go("/posts/" + q + "/edit");
        WebElement body = b.driver.findElement(By.id("body"));
        body.clear();
        body.sendKeys("It runs too long at DISPATCH_LEVEL, about 150 microseconds.");
        b.driver.findElement(By.id("reason")).sendKeys("add the measured time");
        b.submitWith(By.cssSelector(".edit-form button.primary"));
        b.waitUpTo(10).until(ExpectedConditions.urlContains("/questions/" + q + "/"));
        b.driver.findElement(By.linkText("History")).click();
        WebElement inserted = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff ins")));
        assertThat(inserted.getText()).contains("150");
        assertThat(b.driver.getPageSource()).contains("add the measured time");
        b.screenshot("revision-diff");
    }

    @Test
    void searchAndClickThroughToTheAnswer() {
        String asker = newUser("asker");
        long q = askViaApi(asker, "Selective suspend never happens on my USB device", "The device stays in D0.");
        var answer = api.as(newUser("expert"), PASSWORD).post("/questions/" + q + "/answers",
                Map.of("body", "Call WdfDeviceAssignS0IdleSettings with IdleUsbSelectiveSuspend."));
        long answerId = answer.json().get("id").asLong();
        org.parley.support.Indexing.awaitSearch(api, "WdfDeviceAssignS0IdleSettings");
        Browser b = browser(true);
        b.go("/");
        WebElement box = b.driver.findElement(By.id("site-search-q"));
        box.sendKeys("WdfDeviceAssignS0IdleSettings\n");
        WebElement hit = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-hit h2 a")));
        assertThat(b.driver.findElement(By.cssSelector(".search-hit .snippet mark")).getText()).isEqualToIgnoringCase("WdfDeviceAssignS0IdleSettings");
        b.screenshot("search-results");
        hit.click();
        b.waitUpTo(10).until(ExpectedConditions.urlContains("#post-" + answerId));
        assertThat(b.driver.findElement(By.id("post-" + answerId)).getText()).contains("IdleUsbSelectiveSuspend");
    }

    @Test
    void withJavaScriptOffAUserCanStillAskAndAnswer() {
        String asker = newUser("nojs");
        Browser b = browser(false);
        logIn(b, asker);
        b.go("/ask");
        b.driver.findElement(By.id("title")).sendKeys("Asked with JavaScript turned off");
        b.driver.findElement(By.id("body")).sendKeys("Plain HTML forms must be enough.");
        b.driver.findElement(By.id("tags")).sendKeys("Not/A/Tag");
        b.submitWith(By.cssSelector(".ask-form button.primary"));
        // The server refuses the tag: the form comes back with the error and everything typed kept.
        WebElement error = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("tags-error")));
        assertThat(error.getText()).contains("is not a tag");
        assertThat(b.driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Asked with JavaScript turned off");
        assertThat(b.driver.findElement(By.id("body")).getAttribute("value")).isEqualTo("Plain HTML forms must be enough.");
        b.screenshot("no-javascript-ask-error");
        WebElement tags = b.driver.findElement(By.id("tags"));
        tags.clear();
        tags.sendKeys("parley");
        b.submitWith(By.cssSelector(".ask-form button.primary"));
        b.waitUpTo(10).until(ExpectedConditions.urlContains("/questions/"));
        b.driver.findElement(By.id("answer-body")).sendKeys("Answering my own question without scripts.");
        b.submitWith(By.cssSelector(".answer-form button.primary"));
        WebElement answer = b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.answer")));
        assertThat(answer.getText()).contains("without scripts");
        b.screenshot("no-javascript-ask-and-answer");
    }

    @Test
    void anExpertWorksThroughTheQueueInTheAnsweringView() {
        String asker = newUser("asker");
        String tag = "desk" + SEQUENCE.incrementAndGet();
        ApiClient askerApi = api.as(asker, PASSWORD);
        long first = askerApi.post("/questions", Map.of("title", "First question in the expert's queue",
                "body", "Oldest, so it comes first.", "tags", List.of(tag))).json().get("id").asLong();
        long second = askerApi.post("/questions", Map.of("title", "Second question in the expert's queue",
                "body", "Next in line.", "tags", List.of(tag))).json().get("id").asLong();
        String expert = "expert" + SEQUENCE.incrementAndGet();
        users.create(new org.parley.user.NewAccount(expert, "The Expert", PASSWORD, null, org.parley.user.Role.EXPERT));

        Browser b = browser(true);
        logIn(b, expert);
        b.go("/unanswered?tag=" + tag);
        b.driver.findElement(By.cssSelector("a[href^='/desk/questions/" + first + "']")).click();
        b.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("claim-form")));
        assertThat(b.driver.findElement(By.id("next-question")).getAttribute("href")).contains("/desk/questions/" + second);
        b.driver.findElement(By.tagName("body")).sendKeys("c");
        b.waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".claim-state"), "You are on it."));
        b.driver.findElement(By.id("answer-body")).sendKeys("Start with the oldest; here is the fix.");
        b.screenshot("answering-desk");
        b.submitWith(By.cssSelector(".desk-answer button.primary"));
        b.waitUpTo(10).until(ExpectedConditions.urlContains("/desk/questions/" + second));
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Second question in the expert's queue");
        assertThat(api.get("/questions/" + first).json().get("answerCount").asInt()).isEqualTo(1);

        b.go("/dashboard");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Backlog dashboard");
        assertThat(b.driver.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
        assertThat(b.driver.findElement(By.id("experts")).getText()).contains("The Expert");
        b.screenshot("dashboard");
    }

    @Test
    void postsWithScriptsRunNothingInTheBrowser() {
        String attacker = newUser("attacker");
        long q = askViaApi(attacker, "<script>alert('title')</script> Is this safe to show?", """
                <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                [click me](javascript:alert(3)) <a href="javascript:alert(4)">and me</a>

                <div onmouseover="alert(5)" style="position:fixed;top:0;left:0;width:100%;height:100%">cover</div>
                """);
        api.as(newUser("other"), PASSWORD).post("/posts/" + q + "/comments", Map.of("body", "<svg onload=alert(6)></svg> hi"));
        Browser b = browser(true);
        b.go("/questions/" + q);
        for (WebElement link : b.driver.findElements(By.cssSelector(".question .body a"))) {
            link.click();
        }
        b.go("/questions/" + q);
        assertThat(b.driver.findElement(By.cssSelector("h1.question-title")).getText()).contains("<script>alert('title')</script>");
        assertNoDialog(b);
        assertThat(b.consoleErrors()).noneSatisfy(e -> assertThat(e.getMessage()).containsAnyOf("alert", "Uncaught", "Refused to execute"));
        b.go("/search?q=alert");
        assertNoDialog(b);
        b.screenshot("xss-post-rendered-inert");
    }

    private static void assertNoDialog(Browser b) {
        try {
            String text = b.driver.switchTo().alert().getText();
            throw new AssertionError("a script ran and opened a dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
