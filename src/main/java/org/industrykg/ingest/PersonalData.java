package org.industrykg.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (DESIGN.md §4): phone numbers (mobile, landline with area code, 400/800
 * hotlines, and any number after a phone label such as 联系电话), e-mail addresses and the names
 * after a contact label (联系人：张三, 聯絡人：王先生). Every masked character becomes {@value #MASK},
 * so the text keeps its length and all offsets into it stay valid. Runs on normalised lines, where
 * full-width digits are already half-width and the spaces between Chinese characters are gone.
 */
final class PersonalData {

    static final char MASK = '＊';

    /** Not part of a longer number, and not an amount (13800000000元). */
    private static final String NUMBER_END = "(?![0-9]|\\.[0-9]| ?[元万亿千百%])";
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}" + NUMBER_END);
    /** Area codes have three digits (010, 02X) or four; local numbers seven or eight. */
    private static final String AREA_CODE = "(?:0[12][0-9]|0[3-9][0-9]{2})";
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:[（(]" + AREA_CODE + "[)）] ?|" + AREA_CODE + "[- ]?)[0-9]{3,4}[- ]?[0-9]{4}"
                    + "(?:(?:转|轉|-|ext\\.?) ?[0-9]{1,6})?" + NUMBER_END);
    private static final Pattern HOTLINE = Pattern.compile(
            "(?<![0-9A-Za-z])[48]00[- ]?[0-9]{3}[- ]?[0-9]{4}" + NUMBER_END);
    /** Whatever number follows a phone label, area code or not: 电话：88886666. */
    private static final String NUMBER = "([0-9（）()+][0-9 （）()+\\-转轉]{4,}[0-9])";
    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            "(?:电话|電話|手机|手機|传真|傳真|联系方式|聯繫方式|聯絡方式)[:：]? ?" + NUMBER);
    /** The number right after a contact's name: 联系人及电话：张三，88886666. */
    private static final Pattern NUMBER_AFTER_NAME = Pattern.compile("[，,；;：: ]*" + NUMBER);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+[@＠][A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    /** 联系人, 联络人, 聯絡人, 经办人, 联系人及电话; not 联系人员 or 联系人数. */
    private static final String CONTACT = "(?:联系人|联络人|聯絡人|聯繫人|经办人|經辦人)"
            + "(?:及(?:联系|聯繫|聯絡)?(?:电话|電話|方式))?(?!员|員|数|數|们|們|的|制)";
    /** A contact label with a colon, or one that opens a line or a bracket (联系人张三); not 与联系人沟通. */
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            CONTACT + "[:：] ?|(?:^|(?<=[\\n（(，,；;、]))" + CONTACT + " ?");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{1,4}");
    /** Words that end a name written without punctuation after it: 联系人：张三电话：… */
    private static final List<String> AFTER_NAME = List.of("电话", "電話", "手机", "手機", "联系", "聯繫", "聯絡",
            "邮箱", "郵箱", "邮件", "郵件", "传真", "傳真", "地址", "单位", "單位", "职务", "職務");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、和及/]");
    private static final int MIN_NAME = 2;

    private PersonalData() {
    }

    /** The text with personal data masked; every character keeps its source offset. */
    static MappedText mask(MappedText text) {
        char[] masked = text.text().toCharArray();
        for (Pattern pattern : List.of(MOBILE, LANDLINE, HOTLINE, EMAIL)) {
            Matcher m = pattern.matcher(text.text());
            while (m.find()) {
                fill(masked, m.start(), m.end());
            }
        }
        Matcher labelled = LABELLED_NUMBER.matcher(text.text());
        while (labelled.find()) {
            fill(masked, labelled.start(1), labelled.end(1));
        }
        maskContactNames(text.text(), masked);
        MappedText.Builder out = new MappedText.Builder();
        for (int i = 0; i < masked.length; i++) {
            out.append(masked[i], text.sourceAt(i));
        }
        return out.build();
    }

    /** The names after each contact label, several when a list follows (联系人：张三、李四). */
    private static void maskContactNames(String text, char[] masked) {
        Matcher label = CONTACT_LABEL.matcher(text);
        while (label.find()) {
            int at = label.end();
            while (at < text.length()) {
                Matcher name = NAME.matcher(text).region(at, text.length());
                if (!name.lookingAt()) {
                    break;
                }
                int end = endOfName(text, name.start(), name.end());
                if (end - name.start() < MIN_NAME) {
                    break;
                }
                fill(masked, name.start(), end);
                at = end;
                Matcher number = NUMBER_AFTER_NAME.matcher(text).region(at, text.length());
                if (number.lookingAt()) {
                    fill(masked, number.start(1), number.end(1));
                }
                boolean another = at + 1 < text.length() && NAME_SEPARATOR.matcher(text.substring(at, at + 1)).matches()
                        && end == name.end();
                if (!another) {
                    break;
                }
                at++;
            }
        }
    }

    /** Where the name ends: before the first word that says something else follows. */
    private static int endOfName(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            for (String word : AFTER_NAME) {
                if (text.startsWith(word, i)) {
                    return i;
                }
            }
        }
        return end;
    }

    private static void fill(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                text[i] = MASK;
            }
        }
    }
}
