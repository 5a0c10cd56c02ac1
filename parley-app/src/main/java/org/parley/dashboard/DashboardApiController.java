package org.parley.dashboard;

import org.parley.user.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures over JSON, for reports and monitoring (experts and moderators). */
@RestController
@RequestMapping("/api/v1")
class DashboardApiController {

    private final BacklogDashboard dashboard;

    DashboardApiController(BacklogDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    BacklogFigures figures(Actor actor, @RequestParam(defaultValue = "12") int weeks) {
        return dashboard.figures(actor, weeks);
    }
}
