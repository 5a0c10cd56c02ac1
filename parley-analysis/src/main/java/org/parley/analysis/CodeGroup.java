package org.parley.analysis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one spelling of a code means: the codes it denotes (several when a bare value is shared
 * by kinds or names are aliases) and the codes it translates to or from (NTSTATUS to Win32,
 * {@code HRESULT_FROM_WIN32}).
 *
 * @param form the spelling that was looked up
 * @param codes the codes the spelling denotes
 * @param related codes one translation away
 */
public record CodeGroup(String form, List<ErrorCode> codes, List<ErrorCode> related) {

    public CodeGroup {
        codes = List.copyOf(codes);
        related = List.copyOf(related);
    }

    /** For display: {@code 0xC000000D = STATUS_INVALID_PARAMETER (NTSTATUS 0xC000000D); related: ...}. */
    public String describe() {
        String meaning = codes.stream().map(ErrorCode::describe).collect(Collectors.joining(" or "));
        String text = form + " = " + meaning;
        if (!related.isEmpty()) {
            text += "; related: " + related.stream().map(ErrorCode::describe).collect(Collectors.joining(", "));
        }
        return text;
    }
}
