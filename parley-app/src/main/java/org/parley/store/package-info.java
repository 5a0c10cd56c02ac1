/**
 * Store: the data source (SQLite in WAL mode by default, PostgreSQL when configured), its
 * per-vendor Flyway migrations under {@code db/migration/{vendor}}, and the clock every feature stamps
 * times with. Times are stored as epoch milliseconds so the same SQL runs on both vendors.
 */
package org.parley.store;
