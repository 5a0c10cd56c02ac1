package org.parley.importer.blogthread;

/**
 * Text recovered from uploaded bytes.
 *
 * @param text    the decoded, mojibake-repaired text
 * @param charset what the bytes were read as ("UTF-8", "UTF-8 with BOM", "UTF-16", "windows-1252")
 * @param repairs how many mis-decoded character sequences were repaired
 */
public record DecodedText(String text, String charset, int repairs) {
}
