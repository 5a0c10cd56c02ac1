/** Markdown: the one place post text becomes HTML, always through the sanitizer. */
package org.parley.markdown;
