package org.parley.analysis;

/**
 * Token types ({@link org.apache.lucene.analysis.tokenattributes.TypeAttribute}) used by the
 * technical-text chain. Later filters decide what to do by type, so the tokenizer only has to
 * recognise shapes once.
 */
public final class TechnicalTokenTypes {

    /** Letters/digits, possibly joined by {@code . :: -> _ '}. */
    public static final String WORD = "<WORD>";
    /** Digits only, or digits and dots (versions, decimals). */
    public static final String NUM = "<NUM>";
    /** A debugger symbol {@code module!function}. */
    public static final String FRAME = "<FRAME>";
    /** The {@code 0x445} of {@code Function+0x445}. */
    public static final String OFFSET = "<OFFSET>";
    /** A debugger prompt such as {@code kd>} or {@code 0: kd>}. */
    public static final String PROMPT = "<PROMPT>";
    /** Stack-dump columns: headers ({@code ChildEBP RetAddr}) and the addresses/args before a frame. */
    public static final String COLUMN = "<COLUMN>";
    /** A hex literal in canonical form. */
    public static final String HEX = "<HEX>";
    /** A whole compound identifier (lowercased), kept next to its parts. */
    public static final String IDENTIFIER = "<IDENTIFIER>";
    /** A qualified piece of an identifier longer than one part, e.g. the class of {@code Class::Method}. */
    public static final String SEGMENT = "<SEGMENT>";
    /** One smallest part of an identifier, e.g. {@code request} of {@code WdfRequestSend}. */
    public static final String PART = "<PART>";
    /** A synthetic error-code key such as {@code ntstatus#c000000d}. */
    public static final String CODE = "<CODE>";

    private TechnicalTokenTypes() {}
}
