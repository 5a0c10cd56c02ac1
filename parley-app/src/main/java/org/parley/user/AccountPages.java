package org.parley.user;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.problem.InvalidInput;
import org.parley.problem.ParleyProblem;
import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Log in, register, personal API tokens, and the admin's role change. */
@Controller
class AccountPages {

    private final UserService users;
    private final ApiTokenService tokens;

    AccountPages(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/login")
    String login(PageContext ctx, HttpServletRequest request, HttpServletResponse response,
                 @RequestParam(required = false) String error, @RequestParam(name = "continue", required = false) String next,
                 Model model) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom != null) {
            // A page that needs a signed-in user forwarded here: say so with 401, and come back after.
            response.setStatus(401);
            next = forwardedFrom.toString();
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("failed", error != null);
        model.addAttribute("next", next == null ? "" : next);
        return "user/login";
    }

    @GetMapping("/register")
    String registerForm(PageContext ctx, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("form", new RegisterForm("", "", "", Map.of()));
        return "user/register";
    }

    @PostMapping("/register")
    String register(PageContext ctx, @RequestParam(defaultValue = "") String handle,
                    @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                    @RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        try {
            users.register(new NewAccount(handle, displayName, password, email, Role.MEMBER));
            return "redirect:/login?registered";
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return registerAgain(ctx, handle, displayName, email, errors(invalid), model);
        } catch (ParleyProblem conflict) {
            response.setStatus(conflict.status());
            return registerAgain(ctx, handle, displayName, email, Map.of("handle", conflict.getMessage()), model);
        }
    }

    private String registerAgain(PageContext ctx, String handle, String displayName, String email,
                                 Map<String, String> errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("form", new RegisterForm(handle, displayName, email, errors));
        return "user/register";
    }

    @GetMapping("/account/tokens")
    String tokens(PageContext ctx, Actor actor, Model model) {
        return showTokens(ctx, actor, null, Map.of(), model);
    }

    @PostMapping("/account/tokens")
    String issue(PageContext ctx, Actor actor, @RequestParam(defaultValue = "") String name, Model model,
                 HttpServletResponse response) {
        try {
            return showTokens(ctx, actor, tokens.issue(actor, name), Map.of(), model);
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return showTokens(ctx, actor, null, errors(invalid), model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return "redirect:/account/tokens";
    }

    @PostMapping("/users/{handle}/role")
    String changeRole(Actor actor, @PathVariable String handle, @RequestParam(defaultValue = "") String role) {
        Role parsed = Role.parse(role);
        if (parsed == null) {
            throw InvalidInput.of("role", "must be one of member, expert, moderator, admin");
        }
        users.changeRole(actor, handle, parsed);
        return "redirect:/users/" + handle;
    }

    private String showTokens(PageContext ctx, Actor actor, IssuedToken issued, Map<String, String> errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", new TokensView(tokens.list(actor), issued, errors));
        return "user/tokens";
    }

    private static Map<String, String> errors(InvalidInput invalid) {
        return invalid.messagesByField("");
    }
}
