package org.parley.importer;

/** Told after each source item is written, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void advanced(int done, int total);
}
