package org.parley.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a remark too long for one comment into consecutive comments, each marked "(k/n)". Cuts fall at a line
 * break where there is one (pasted logs are line-oriented), else at a space, else hard at the limit.
 */
public final class CommentPieces {

    /** Room for the "(k/n) " mark in front of each piece. */
    private static final int MARK_ROOM = 16;

    private CommentPieces() {
    }

    public static List<String> split(String text, int max) {
        String rest = text.strip();
        if (rest.length() <= max) {
            return List.of(rest);
        }
        int size = max - MARK_ROOM;
        List<String> pieces = new ArrayList<>();
        while (!rest.isEmpty()) {
            int cut = rest.length() <= size ? rest.length() : cutPoint(rest, size);
            String piece = rest.substring(0, cut).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            rest = rest.substring(cut).strip();
        }
        List<String> marked = new ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            marked.add("(" + (k + 1) + "/" + pieces.size() + ") " + pieces.get(k));
        }
        return marked;
    }

    private static int cutPoint(String text, int size) {
        int newline = text.lastIndexOf('\n', size);
        if (newline > size / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', size);
        return space > size / 2 ? space : size;
    }
}
