package org.parley.site;

import java.time.Clock;
import java.util.Optional;

import org.parley.problem.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site's about text, shown at {@code /about}. */
@Service
public class AboutService {

    /** Same limit as a post body: an opening blog post is a long post, not a book. */
    static final int BODY_MAX_CHARS = 256 * 1024;

    private final AboutStore store;
    private final Clock clock;

    AboutService(AboutStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<About> about() {
        return store.find();
    }

    /**
     * Sets the about text from an import unless the site already has one (an operator's own text, or the same
     * import run before). Returns true when this call set it.
     */
    @Transactional
    public boolean importIfAbsent(String siteName, String bodyMarkdown, String sourceSystem, String sourceRef) {
        if (bodyMarkdown == null || bodyMarkdown.isBlank()) {
            return false;
        }
        if (bodyMarkdown.length() > BODY_MAX_CHARS) {
            throw InvalidInput.of("about", "must be at most 256 KiB of text (it has "
                    + bodyMarkdown.length() / 1024 + " KiB)");
        }
        return store.insertIfAbsent(siteName, bodyMarkdown, sourceSystem, sourceRef, clock.instant());
    }
}
