package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodesTests {

    private static final ErrorCodes CODES = ErrorCodes.builtIn();

    @Test
    void everyKindIsPresentAndTheDictionaryIsLarge() {
        Map<CodeKind, Long> perKind = CODES.byValue(0).stream()
                .collect(Collectors.groupingBy(ErrorCode::kind, Collectors.counting()));
        assertThat(perKind).containsKeys(CodeKind.NTSTATUS, CodeKind.WIN32, CodeKind.HRESULT, CodeKind.BUGCHECK);
        assertThat(CODES.size()).isGreaterThan(5000);
    }

    @Test
    void findsCodesByNameIgnoringCase() {
        assertThat(CODES.byName("status_invalid_parameter")).hasValue(
                new ErrorCode(CodeKind.NTSTATUS, "STATUS_INVALID_PARAMETER", 0xC000000DL));
        assertThat(CODES.byName("ERROR_INVALID_PARAMETER")).hasValue(
                new ErrorCode(CodeKind.WIN32, "ERROR_INVALID_PARAMETER", 87));
        assertThat(CODES.byName("E_INVALIDARG")).hasValue(new ErrorCode(CodeKind.HRESULT, "E_INVALIDARG", 0x80070057L));
        assertThat(CODES.byName("DRIVER_IRQL_NOT_LESS_OR_EQUAL")).hasValue(
                new ErrorCode(CodeKind.BUGCHECK, "DRIVER_IRQL_NOT_LESS_OR_EQUAL", 0xD1));
        assertThat(CODES.byName("no_such_code")).isEmpty();
    }

    @Test
    void resolvesAliasesAndExpressionsFromTheHeaders() {
        assertThat(CODES.byName("WSAEINTR")).map(ErrorCode::value).hasValue(10004L);
        assertThat(CODES.byName("E_NOT_SUFFICIENT_BUFFER")).map(ErrorCode::value).hasValue(0x8007007AL);
        assertThat(CODES.byName("DNS_ERROR_NO_MEMORY")).map(ErrorCode::value).hasValue(14L);
    }

    @Test
    void findsEveryKindByValue() {
        assertThat(CODES.byValue(0xC000000DL)).extracting(ErrorCode::name).contains("STATUS_INVALID_PARAMETER");
        assertThat(CODES.byValue(0x57)).extracting(ErrorCode::name)
                .contains("ERROR_INVALID_PARAMETER", "XNS_INTERNAL_ERROR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0xC000000D", "c000000d", "C000000DL", "STATUS_INVALID_PARAMETER", " status_invalid_parameter "})
    void looksUpAnySpellingToTheSameGroup(String spelling) {
        CodeGroup group = CODES.lookup(spelling).orElseThrow();
        assertThat(group.codes()).extracting(ErrorCode::name).containsExactly("STATUS_INVALID_PARAMETER");
        assertThat(group.related()).extracting(ErrorCode::name).containsExactly("ERROR_INVALID_PARAMETER");
    }

    @Test
    void describesAGroupForDisplay() {
        assertThat(CODES.lookup("0xC000000D").orElseThrow().describe()).isEqualTo(
                "0xC000000D = STATUS_INVALID_PARAMETER (NTSTATUS 0xC000000D); related: ERROR_INVALID_PARAMETER (Win32 error 87)");
        assertThat(CODES.lookup("STATUS_INVALID_DEVICE_STATE").orElseThrow().related())
                .extracting(ErrorCode::describe).containsExactly("ERROR_BAD_COMMAND (Win32 error 22)");
    }

    @Test
    void win32ErrorsRelateToEveryStatusTranslatingToThem() {
        CodeGroup group = CODES.lookup("ERROR_INVALID_PARAMETER").orElseThrow();
        assertThat(group.related()).extracting(ErrorCode::name)
                .contains("STATUS_INVALID_PARAMETER", "STATUS_INVALID_PARAMETER_1", "E_INVALIDARG");
        assertThat(CODES.related(CODES.byName("ERROR_BAD_COMMAND").orElseThrow())).extracting(ErrorCode::name)
                .contains("STATUS_INVALID_DEVICE_STATE");
    }

    @Test
    void namedAliasComesFirst() {
        assertThat(CODES.lookup("STATUS_WAIT_0").orElseThrow().codes()).extracting(ErrorCode::name)
                .startsWith("STATUS_WAIT_0").contains("STATUS_SUCCESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"87", "add", "bad", "face", "0x1", "fffff800`01234567", "", "STATUS"})
    void ignoresSpellingsThatAreNotCodes(String spelling) {
        assertThat(CODES.lookup(spelling)).isEmpty();
    }

    @Test
    void hexLiteralsDoNotDenoteWin32Errors() {
        assertThat(CODES.lookup("0x57").orElseThrow().codes()).extracting(ErrorCode::kind)
                .containsOnly(CodeKind.BUGCHECK);
    }

    @Test
    void rejectsACorruptDictionary() {
        assertThatThrownBy(() -> ErrorCodes.read(new StringReader("ntstatus\tX\tc000000d\tntstatus#00000001\t\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> ErrorCodes.read(new StringReader("ntstatus\tX\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("5 columns");
        assertThatThrownBy(() -> ErrorCodes.read(new StringReader("nosuchkind\tX\t00000001\tnosuchkind#00000001\t\n")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void committedDictionaryNamesItsGenerator() throws IOException {
        try (InputStream in = ErrorCodes.class.getResourceAsStream(ErrorCodes.RESOURCE)) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            assertThat(head).startsWith("# Generated by scripts/errorcodes/generate.py");
        }
    }
}
