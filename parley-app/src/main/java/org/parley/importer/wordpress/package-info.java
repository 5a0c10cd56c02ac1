/**
 * WordPress exports (WXR) in: posts become questions, top-level comments answers, threaded replies comments,
 * read with StAX through {@link org.parley.importer.SafeXml}.
 */
package org.parley.importer.wordpress;
