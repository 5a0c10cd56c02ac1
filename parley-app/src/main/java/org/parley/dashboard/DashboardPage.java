package org.parley.dashboard;

import java.time.format.DateTimeFormatter;

import org.parley.user.Actor;
import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard}: the backlog at a glance, for experts and moderators. */
@Controller
class DashboardPage {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d");

    private final BacklogDashboard dashboard;

    DashboardPage(BacklogDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String dashboard(PageContext ctx, Actor actor, @RequestParam(defaultValue = "12") int weeks, Model model) {
        BacklogFigures figures = dashboard.figures(actor, weeks);
        var labels = figures.weeks().stream().map(w -> WEEK.format(w.start())).toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("figures", figures);
        model.addAttribute("askedChart", new BarChart("Questions asked per week", labels,
                figures.weeks().stream().map(BacklogFigures.Week::asked).toList(), "#0b5cad").svg());
        model.addAttribute("backlogChart", new BarChart("Unanswered questions at the end of each week", labels,
                figures.weeks().stream().map(BacklogFigures.Week::openAtEnd).toList(), "#a4231b").svg());
        return "dashboard/dashboard";
    }
}
