package org.industrykg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the letterhead of a Chinese official letter from its normalised text: document number,
 * issuer, signing date, title, recipient and 抄送 list. Contact lines (联系人, 电话 …) are never
 * read, so no personal data reaches any field.
 */
public final class MetadataParser {

    private static final int HEAD_LINES = 10;
    private static final int TAIL_LINES = 8;
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_HEADLINE_LENGTH = 40;
    private static final int MAX_RECIPIENT_LENGTH = 60;

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "\\p{IsHan}{1,12} ?[〔\\[［（(【] ?\\d{4} ?[〕\\]］）)】] ?第? ?\\d{1,5} ?号");
    private static final Pattern DATE = Pattern.compile(
            "([0-9〇○零一二三四五六七八九]{4}) ?年 ?([0-9一二三四五六七八九十]{1,3}) ?月 ?([0-9一二三四五六七八九十]{1,3}) ?日");
    private static final Pattern MONTH = Pattern.compile("((?:19|20)[0-9]{2}) ?年 ?([0-9一二三四五六七八九十]{1,3}) ?月");
    private static final Pattern CONTACT = Pattern.compile(
            "联系人|联系电话|联系方式|电话|手机|传真|邮箱|e-?mail", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISATION = Pattern.compile(
            "(局|委员会|委|人民政府|政府|办公室|办公厅|厅|部|院|会|中心|办|署|处|社)$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "关于|答复|复函|的函|通知|意见|方案|决定|批复|报告|请示|办法|规定|公告|通告|规划|纪要");
    private static final Pattern CLASSIFICATION = Pattern.compile("[(（][A-Za-z] ?类[)）]");
    /** A portal's navigation path or name line (首页 > 政务公开 > 市府办文件, 当前位置：…, 某某门户网站): where the page sits, not who wrote it or what. */
    private static final Pattern BREADCRUMB = Pattern.compile("[>＞›»→]|^(?:网站首页|首页|当前位置|您的位置|你的位置|您现在的位置|您所在的位置|您当前的位置)"
            + "|门户网站$|网站$");
    private static final Pattern CC = Pattern.compile("抄 ?送 ?[:：](.*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");
    private static final String ALLOWED_IN_NAMES = "（）()·";
    /** The word a letterhead puts after the body's name (某某市人民政府办公厅文件). */
    private static final Pattern LETTERHEAD = Pattern.compile("文件$");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";
    private static final String CHINESE_ZEROS = "〇○零";

    /** A run of lines that forms one field, and the index of its last line. */
    private record Span(String text, int lastLine) {
    }

    public LetterMetadata parse(String normalisedText) {
        List<String> lines = readableLines(normalisedText);
        int docLine = indexOfDocNumber(lines);
        int dateLine = indexOfSigningDate(lines);
        Span title = docLine >= 0 ? titleAfter(lines, docLine) : null;
        if (title == null) { // a portal's page puts the title above its document number
            title = headline(lines);
        }
        int titleEnd = title != null ? Math.max(title.lastLine(), docLine) : docLine;
        return new LetterMetadata(
                docLine >= 0 ? docNumber(lines.get(docLine)) : null,
                Optional.ofNullable(headIssuer(lines, docLine))
                        .or(() -> Optional.ofNullable(signature(lines, dateLine)))
                        .or(() -> Optional.ofNullable(titleIssuer(lines)))
                        .or(() -> Optional.ofNullable(signatureAbove(lines)))
                        .map(MetadataParser::firstOfJoint).orElse(null),
                dateLine >= 0 ? parseDate(lines.get(dateLine)) : firstDateInHead(lines),
                recipient(lines, titleEnd),
                ccList(lines),
                title == null ? null : title.text());
    }

    /** Non-empty trimmed lines, without contact lines. */
    private static List<String> readableLines(String text) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !CONTACT.matcher(line).find())
                .toList();
    }

    private static int indexOfDocNumber(List<String> lines) {
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            if (DOC_NUMBER.matcher(lines.get(i)).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static String docNumber(String line) {
        Matcher matcher = DOC_NUMBER.matcher(line);
        return matcher.lookingAt() ? matcher.group() : null;
    }

    /** The last line near the end that is nothing but a date. */
    private static int indexOfSigningDate(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
            if (DATE.matcher(lines.get(i)).matches() && parseDate(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate firstDateInHead(List<String> lines) {
        return lines.stream().limit(HEAD_LINES)
                .map(MetadataParser::parseDate)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The organisation line above the document number (of a letterhead 某某市人民政府办公厅文件, the body). */
    private static String headIssuer(List<String> lines, int docLine) {
        return lines.subList(0, Math.max(docLine, 0)).stream()
                .map(line -> LETTERHEAD.matcher(line).replaceFirst(""))
                .filter(MetadataParser::isOrganisation)
                .findFirst().orElse(null);
    }

    /** The organisation line just above the signing date. */
    private static String signature(List<String> lines, int dateLine) {
        return dateLine > 0 && isOrganisation(lines.get(dateLine - 1)) ? lines.get(dateLine - 1) : null;
    }

    /**
     * The organisation a title near the top begins with: 某某市人民政府办公室 of 某某市人民政府办公室关于印发…的通知, or
     * the organisation on the line above a title that begins with 关于.
     */
    private static String titleIssuer(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            int about = line.indexOf("关于");
            if (about > 1 && TITLE_WORDS.matcher(line.substring(about)).find() && isOrganisation(line.substring(0, about))) {
                return line.substring(0, about);
            }
            if (about == 0 && i > 0 && TITLE_WORDS.matcher(line).find() && isOrganisation(head.get(i - 1))) {
                return head.get(i - 1);
            }
        }
        return null;
    }

    /**
     * The organisation line above the first line that is nothing but a date, anywhere in the text:
     * a notice's signature comes before the measures it attaches, far from the end.
     */
    private static String signatureAbove(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (DATE.matcher(lines.get(i)).matches() && parseDate(lines.get(i)) != null && isOrganisation(lines.get(i - 1))) {
                return lines.get(i - 1);
            }
        }
        return null;
    }

    /**
     * The first body of a line that names several apart (某市科学技术局　某市财政局, the letterhead of a joint
     * notice); the line itself otherwise. The others are read from the text by the extractor.
     */
    private static String firstOfJoint(String line) {
        String[] bodies = line.strip().split("[\\s\u3000]+");
        return bodies.length > 1 && Arrays.stream(bodies).allMatch(MetadataParser::isOrganisation) ? bodies[0] : line;
    }

    private static boolean isOrganisation(String line) {
        return line.length() < LineShape.SHORT
                && !BREADCRUMB.matcher(line).find()
                && ORGANISATION.matcher(line).find()
                && !line.contains("关于")
                && !LineShape.startsWithEnumerator(line)
                && line.chars().noneMatch(c -> CjkChars.isPunctuation((char) c) && ALLOWED_IN_NAMES.indexOf(c) < 0);
    }

    /** The title lines below the document number, up to the salutation or the first sentence. */
    private static Span titleAfter(List<String> lines, int docLine) {
        StringBuilder title = new StringBuilder();
        int last = docLine;
        for (int i = docLine + 1; i < Math.min(lines.size(), docLine + 1 + MAX_TITLE_LINES); i++) {
            String line = lines.get(i);
            if (line.endsWith("：") || line.endsWith(":") || line.endsWith("。") || LineShape.startsWithEnumerator(line)) {
                break;
            }
            title.append(line);
            last = i;
            if (LineShape.isTitle(title.toString())) {
                break;
            }
        }
        return TITLE_WORDS.matcher(title).find() ? new Span(title.toString(), last) : null;
    }

    /** Without letterhead: the first title-like line, else the first short line (a news headline). */
    private static Span headline(List<String> lines) {
        int head = Math.min(HEAD_LINES, lines.size());
        for (int i = 0; i < head; i++) {
            if (LineShape.isTitle(lines.get(i)) && !BREADCRUMB.matcher(lines.get(i)).find()) {
                return new Span(lines.get(i), i);
            }
        }
        for (int i = 0; i < head; i++) {
            if (isHeadline(lines.get(i)) && !BREADCRUMB.matcher(lines.get(i)).find()) { // 首页 > 新闻中心, 某某门户网站: the page's frame
                return new Span(lines.get(i), i);
            }
        }
        return null;
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_HEADLINE_LENGTH
                && !CLASSIFICATION.matcher(line).matches()
                && !DATE.matcher(line).matches()
                && !line.endsWith("。") && !line.endsWith("：") && !line.endsWith(":");
    }

    /** The salutation right below the title (or the document number), without its colon. */
    private static String recipient(List<String> lines, int titleEnd) {
        if (titleEnd < 0 || titleEnd + 1 >= lines.size()) {
            return null;
        }
        String line = lines.get(titleEnd + 1);
        boolean salutation = line.length() <= MAX_RECIPIENT_LENGTH && (line.endsWith("：") || line.endsWith(":"));
        return salutation ? line.substring(0, line.length() - 1).strip() : null;
    }

    private static List<String> ccList(List<String> lines) {
        return lines.stream()
                .map(CC::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .map(matcher -> LIST_SEPARATOR.splitAsStream(matcher.group(1))
                        .map(name -> name.strip().replaceAll("[。.]+$", ""))
                        .filter(name -> !name.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /**
     * The first date a sentence gives, as {@code YYYY-MM-DD} or, with no day, {@code YYYY-MM}; null
     * when it gives none. The date of a fact whose document has no date of its own.
     */
    public static String dateIn(String sentence) {
        LocalDate day = parseDate(sentence);
        if (day != null) {
            return day.toString();
        }
        Matcher month = MONTH.matcher(sentence);
        while (month.find()) {
            int m = number(month.group(2));
            if (m >= 1 && m <= 12) {
                return String.format("%04d-%02d", number(month.group(1)), m);
            }
        }
        return null;
    }

    /** The first date in the line, or null when there is none or it does not exist (2月30日). */
    private static LocalDate parseDate(String line) {
        Matcher matcher = DATE.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.of(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Arabic digits, digit-by-digit Chinese (二〇二五) or Chinese with 十 (二十三). */
    private static int number(String written) {
        int ten = written.indexOf('十');
        if (ten < 0) {
            return digits(written);
        }
        int tens = ten == 0 ? 1 : digits(written.substring(0, ten));
        int units = ten == written.length() - 1 ? 0 : digits(written.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digits(String written) {
        int value = 0;
        for (char c : written.toCharArray()) {
            value = value * 10 + digit(c);
        }
        return value;
    }

    private static int digit(char c) {
        if (CjkChars.isAsciiDigit(c)) {
            return c - '0';
        }
        return CHINESE_ZEROS.indexOf(c) >= 0 ? 0 : CHINESE_DIGITS.indexOf(c) + 1;
    }
}
