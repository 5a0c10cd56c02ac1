/**
 * Dashboard: the backlog for experts and moderators: questions per week, answered within 24 h and
 * 7 days, median time to first answer, open backlog over time, per tag and per expert, from SQL
 * aggregates, drawn as server-side SVG beside tables of the same numbers.
 */
package org.parley.dashboard;
