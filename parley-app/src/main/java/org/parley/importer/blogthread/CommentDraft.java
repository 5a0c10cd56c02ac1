package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Mutable result for one comment while replaying. */
final class CommentDraft {
    final SourceComment comment;
    Role role = Role.OTHER;
    final Map<ConversationTrack, Integer> placements = new LinkedHashMap<>();
    final List<AddressedPart> parts = new ArrayList<>();
    boolean accepted;
    OptionalInt acceptsRef = OptionalInt.empty();

    CommentDraft(SourceComment comment) {
        this.comment = comment;
    }
}
