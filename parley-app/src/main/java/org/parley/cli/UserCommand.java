package org.parley.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.User;
import org.parley.user.UserService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley user add|set-role}: accounts from the operator's shell. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage user accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.SetRole.class})
public class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static Role role(String value) {
        Role role = Role.parse(value);
        if (role == null) {
            throw new IllegalArgumentException("--role must be one of member, expert, moderator, admin (not '" + value + "')");
        }
        return role;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account.")
    static class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--handle", required = true, description = "3-30 of a-z 0-9 _ . -")
        String handle;

        @Option(names = "--role", defaultValue = "member", description = "member, expert, moderator or admin (default: ${DEFAULT-VALUE}).")
        String role;

        @Option(names = "--display-name", description = "Name shown on posts (default: the handle).")
        String displayName;

        @Option(names = "--email", description = "Address for notifications (optional).")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Role parsed = role(role);
            String password = passwordStdin ? firstLineOfStdin() : prompt();
            try (var context = Contexts.offline(data)) {
                User user = context.getBean(UserService.class)
                        .create(new NewAccount(handle, displayName, password, email, parsed));
                System.out.println("Created " + user.role().dbValue() + " '" + user.handle() + "'.");
            }
            return 0;
        }

        private static String firstLineOfStdin() throws IOException {
            var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password-stdin given but standard input is empty");
            }
            return line;
        }

        private static String prompt() {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no terminal to ask for a password: pass --password-stdin");
            }
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Change an account's role.")
    static class SetRole implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--handle", required = true)
        String handle;

        @Option(names = "--role", required = true, description = "member, expert, moderator or admin.")
        String role;

        @Override
        public Integer call() {
            Role parsed = role(role);
            try (var context = Contexts.offline(data)) {
                User user = context.getBean(UserService.class).setRole(handle, parsed);
                System.out.println("'" + user.handle() + "' is now " + user.role().dbValue() + ".");
            }
            return 0;
        }
    }
}
