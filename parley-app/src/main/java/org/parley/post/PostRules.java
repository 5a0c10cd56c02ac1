package org.parley.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.problem.InvalidInput;

/** The limits every question, answer, comment and tag must keep, whoever writes them. */
public final class PostRules {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 200;
    /** Debugger logs are long; 256 KiB of UTF-8 holds most of them. */
    public static final int BODY_MAX_BYTES = 256 * 1024;
    public static final int COMMENT_MAX = 2000;
    public static final int TAGS_MAX = 5;
    public static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9.+#-]{0,34}");
    public static final int REASON_MAX = 300;

    private PostRules() {
    }

    static void checkTitle(InvalidInput.Collector problems, String title) {
        String t = title == null ? "" : title.strip();
        problems.check(t.length() >= TITLE_MIN && t.length() <= TITLE_MAX, "title",
                "must be " + TITLE_MIN + " to " + TITLE_MAX + " characters (it has " + t.length() + ")");
    }

    static void checkBody(InvalidInput.Collector problems, String body) {
        int bytes = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
        problems.check(body != null && !body.isBlank() && bytes <= BODY_MAX_BYTES, "body",
                bytes > BODY_MAX_BYTES ? "must be at most 256 KiB of text (it has " + bytes / 1024 + " KiB)"
                        : "must not be empty");
    }

    static void checkTags(InvalidInput.Collector problems, List<String> tags) {
        List<String> normalized = normalizeTags(tags);
        problems.check(!normalized.isEmpty() && normalized.size() <= TAGS_MAX, "tags",
                "must hold 1 to " + TAGS_MAX + " tags (it has " + normalized.size() + ")");
        for (String tag : normalized) {
            problems.check(TAG.matcher(tag).matches(), "tags",
                    "'" + tag + "' is not a tag: use up to 35 of a-z, 0-9, '.', '+', '#', '-', starting with a letter or digit");
        }
    }

    static void checkComment(InvalidInput.Collector problems, String body) {
        String b = body == null ? "" : body.strip();
        problems.check(!b.isEmpty() && b.length() <= COMMENT_MAX, "body",
                "must be 1 to " + COMMENT_MAX + " characters (it has " + b.length() + ")");
    }

    static void checkReason(InvalidInput.Collector problems, String reason) {
        problems.check(reason == null || reason.length() <= REASON_MAX, "reason",
                "must be at most " + REASON_MAX + " characters");
    }

    /** Lowercased, trimmed, without duplicates, in the order given. */
    public static List<String> normalizeTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                seen.add(tag.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(seen);
    }
}
