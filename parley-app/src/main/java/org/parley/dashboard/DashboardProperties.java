package org.parley.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The backlog dashboard ({@code parley.dashboard.*}).
 *
 * @param checkSummaryAtStart at start-up, compare the summary's question and answer counts with the
 *                            posts' and rebuild it when they differ (a few counts; the rebuild only
 *                            after an upgrade or posts written past Parley)
 */
@ConfigurationProperties("parley.dashboard")
public record DashboardProperties(@DefaultValue("true") boolean checkSummaryAtStart) {
}
