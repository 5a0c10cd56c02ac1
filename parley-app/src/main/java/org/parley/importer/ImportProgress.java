package org.parley.importer;

/** Told after each source item (or batch) is written, for a progress bar; {@code total} is 0 when unknown. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void advanced(int done, int total);
}
