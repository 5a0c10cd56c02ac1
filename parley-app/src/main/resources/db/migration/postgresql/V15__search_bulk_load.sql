-- A bulk import into an empty store skips search_outbox and indexes everything once at its end. While it runs it
-- keeps one row here and moves heartbeat_at every few seconds; a server that finds the row gone quiet (the importer
-- died before its index build was published) rebuilds the index from the store, so no imported post stays unfound.
CREATE TABLE search_bulk_loads (
    started_at   BIGINT NOT NULL PRIMARY KEY,
    heartbeat_at BIGINT NOT NULL
);
