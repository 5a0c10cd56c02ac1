/**
 * The command line (picocli): parses options and calls the same services the server uses. Each
 * command prints one line a person can act on when it fails, and exits non-zero.
 */
package org.parley.cli;
