/**
 * Stack Exchange data dumps in and out: rows streamed with StAX (no DTDs, no external entities), imported in
 * resumable batches through the post services, and the site exported in the same format.
 */
package org.parley.importer.stackexchange;
