package org.industrykg.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visible text of an HTML page, with block elements on their own lines. */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "<!--.*?-->|<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HEADING_START = Pattern.compile("<h[1-6]\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(p|div|h[1-6]|li|ul|ol|table|tr|section|article|header|footer|main|nav|aside|blockquote"
                    + "|pre|title|dd|dt|dl|figure|figcaption|hr)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_TAG = Pattern.compile("</?t[dh]\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("copy", "©"));

    private HtmlText() {
    }

    static String of(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = WHITESPACE.matcher(text).replaceAll(" ");
        text = HEADING_START.matcher(text).replaceAll("\n\n# ");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
        text = CELL_TAG.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        return decodeEntities(text).strip();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(decodeEntity(matcher.group(1), matcher.group())));
        }
        return matcher.appendTail(decoded).toString();
    }

    private static String decodeEntity(String name, String asWritten) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(Integer.parseInt(name.substring(2), 16), asWritten);
        }
        if (name.startsWith("#")) {
            return codePoint(Integer.parseInt(name.substring(1)), asWritten);
        }
        return NAMED_ENTITIES.getOrDefault(name, asWritten);
    }

    private static String codePoint(int value, String asWritten) {
        return Character.isValidCodePoint(value) ? Character.toString(value) : asWritten;
    }
}
