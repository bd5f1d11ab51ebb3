package org.industrykg.ingest;

import java.util.regex.Pattern;

/**
 * What a line looks like in a Chinese official letter or news page: a heading, a title, a
 * salutation, or a fragment of a sentence that a page break cut off.
 */
final class LineShape {

    /** Lines shorter than this may be headings, titles, signatures or dates. */
    static final int SHORT = 30;

    private static final String CLOSING = "。！？；：…”’）)」』!?;:";
    private static final String COMMAS = "，、,";
    private static final String SENTENCE_FINAL = "。！？；!?;";
    private static final Pattern ENUMERATOR = Pattern.compile(
            "[一二三四五六七八九十]+、"                       // 一、
            + "|[（(][一二三四五六七八九十\\d]{1,3}[)）]"      // （一） (1)
            + "|\\d{1,2}[.．、](?!\\d)"                       // 1. 1、 but not 1.5
            + "|第[一二三四五六七八九十]+[、，,:：]"            // 第一，
            + "|[①-⑳]"
            + "|[・•●▪■◆◇○►→]|——");                             // ・ ● —— items of a list
    private static final Pattern HEADED = Pattern.compile("[\\p{IsHan}A-Za-z]{2,8}[：:](?!$)");
    private static final Pattern TITLE = Pattern.compile(
            "(关于.*|的)(函|复函|答复|通知|意见|批复|报告|请示|决定|方案|办法|规定|公告|通告|纪要)$");

    private LineShape() {
    }

    /** Whether the line ends a sentence or a clause with its closing punctuation. */
    static boolean endsSentence(String line) {
        return endsWithAny(line, CLOSING);
    }

    static boolean startsWithEnumerator(String line) {
        return ENUMERATOR.matcher(line).lookingAt();
    }

    /** A document title such as "……关于……提案答复的函". */
    static boolean isTitle(String line) {
        return TITLE.matcher(line).find();
    }

    /** A short line ending in a colon: "民盟长沙市委：". */
    static boolean isSalutation(String line) {
        return line.length() < SHORT && (line.endsWith("：") || line.endsWith(":"));
    }

    /**
     * Whether the line stops in the middle of a sentence: it has no closing punctuation and is
     * long, ends in a comma, or carries sentence punctuation inside although it is no heading.
     */
    static boolean isOpenEnded(String line, boolean heading) {
        if (heading || line.isEmpty() || endsWithAny(line, CLOSING) || isTitle(line)) {
            return false;
        }
        if (endsWithAny(line, COMMAS) || line.length() >= SHORT || containsAny(line, SENTENCE_FINAL)) {
            return true;
        }
        return !startsWithEnumerator(line) && containsAny(line, COMMAS);
    }

    /**
     * Whether the line must begin a new line: a heading, an enumerated item, a salutation, a signature, or a line that
     * opens with a short head and a colon (甲乙动力：人形机器人整机, 地址：…), an entry of a list or a field.
     */
    static boolean startsBlock(String line, boolean heading) {
        return heading
                || startsWithEnumerator(line)
                || isSalutation(line)
                || HEADED.matcher(line).lookingAt()
                || (line.length() < SHORT && line.chars().noneMatch(c -> CjkChars.isPunctuation((char) c)));
    }

    private static boolean endsWithAny(String line, String characters) {
        return !line.isEmpty() && characters.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean containsAny(String line, String characters) {
        return line.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }
}
