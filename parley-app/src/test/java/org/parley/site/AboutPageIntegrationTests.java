package org.parley.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.PageClient;
import org.parley.support.TempSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /about}: missing until an import (or an operator) sets it, then rendered and sanitized. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.parley=WARN")
class AboutPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AboutService about;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-about");
    }

    @Test
    void theAboutTextIsShownOnceSetAndAnImportNeverReplacesIt() {
        PageClient site = new PageClient("http://localhost:" + port);
        jdbc.sql("DELETE FROM site_about").update();
        assertThat(site.get("/about").status()).isEqualTo(404);

        assertThat(about.importIfAbsent("KMDF Q&A", "Ask me about **KMDF**.<script>alert(1)</script>",
                "blog-thread", "blog-thread#0")).isTrue();
        assertThat(about.importIfAbsent("Other", "Another thread's intro", "blog-thread", "blog-thread#0")).isFalse();

        var page = site.get("/about");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("About KMDF Q&amp;A").contains("<strong>KMDF</strong>")
                .doesNotContain("<script>alert(1)").doesNotContain("Another thread");
    }
}
