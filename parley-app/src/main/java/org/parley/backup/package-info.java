/** Backup: consistent online copies of the embedded store ({@code parley backup --to FILE}). */
package org.parley.backup;
