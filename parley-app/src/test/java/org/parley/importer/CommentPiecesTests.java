package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommentPiecesTests {

    @Test
    void aShortRemarkStaysWhole() {
        assertThat(CommentPieces.split("  Thanks, that worked!\n", 2000)).containsExactly("Thanks, that worked!");
    }

    @Test
    void aLongRemarkIsCutAtLineBreaksIntoNumberedPiecesWithinTheLimit() {
        String log = "nt!KeBugCheckEx+0x104 fffff800`01234567\n".repeat(150);
        List<String> pieces = CommentPieces.split(log, 2000);

        assertThat(pieces).hasSize(4).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(pieces.get(0)).startsWith("(1/4) nt!KeBugCheckEx").endsWith("fffff800`01234567");
        assertThat(pieces.get(3)).startsWith("(4/4) ");
    }

    @Test
    void textWithoutBreaksIsCutHard() {
        List<String> pieces = CommentPieces.split("x".repeat(5000), 2000);

        assertThat(pieces).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("", pieces.stream().map(p -> p.substring(p.indexOf(' ') + 1)).toList()))
                .isEqualTo("x".repeat(5000));
    }
}
