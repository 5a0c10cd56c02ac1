/**
 * Dashboard: the backlog for experts and moderators: questions per week, answered within 24 h and
 * 7 days, median time to first answer, open backlog over time, per tag and per expert, drawn as
 * server-side SVG beside tables of the same numbers. The figures are added up from a weekly summary
 * ({@code dashboard_*} tables) that {@link org.parley.dashboard.DashboardSummary} keeps in step with
 * post events in the writing transaction and can rebuild from the posts at any time.
 */
package org.parley.dashboard;
