package org.parley.importer;

/**
 * An import stopped on bad input; the message names the problem and where in the file it is. It carries no
 * cause on purpose: the command line prints the first problem it finds in the cause chain, and a service's
 * own message ("body: must not be empty") would lose the position.
 */
public final class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }
}
