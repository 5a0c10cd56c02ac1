package org.parley.web;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a question's URL: "how-do-i-format-a-wdf-request". */
public final class Slug {

    private Slug() {
    }

    public static String of(String title) {
        if (title == null) {
            return "question";
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "question" : slug;
    }
}
