package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AuthorAccountsTests {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_.-]{3,30}");

    @Test
    void handlesAreLowercasedAsciiWithTheRestReplaced() {
        assertThat(AuthorAccounts.handleFor("Tal Zur")).isEqualTo("tal_zur");
        assertThat(AuthorAccounts.handleFor("gaurav_verma")).isEqualTo("gaurav_verma");
        assertThat(AuthorAccounts.handleFor("José Müller")).isEqualTo("jose_muller");
        assertThat(AuthorAccounts.handleFor("Jan B.")).isEqualTo("jan_b");
        assertThat(AuthorAccounts.handleFor("  <b>Rob</b> ")).isEqualTo("b_rob_b");
    }

    @Test
    void shortLongAndUnusableNamesStillGiveValidHandles() {
        assertThat(AuthorAccounts.handleFor("Al")).isEqualTo("user-al");
        assertThat(AuthorAccounts.handleFor("王小明")).matches(HANDLE).startsWith("user-");
        assertThat(AuthorAccounts.handleFor("a very long name that someone typed into the blog form"))
                .matches(HANDLE).hasSize(30);
    }
}
