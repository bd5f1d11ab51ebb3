package org.industrykg.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page, parsed with jsoup: scripts, styles and navigation removed,
 * every entity decoded, block elements on their own lines and headings marked as Markdown
 * headings (so the normaliser treats them as it treats a Markdown file's).
 */
final class HtmlText {

    /** How much of the file is searched for a {@code <meta>} charset declaration (the HTML standard says 1024 bytes; pages are sloppier). */
    private static final int DECLARATION_WINDOW = 8192;
    private static final Pattern CONTENT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> GB_FAMILY = Set.of("GB2312", "GBK", "X-GBK", "EUC-CN", "CP936", "GB18030");
    private static final String INVISIBLE = "script, style, noscript, template, nav";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "table", "tr", "section",
            "article", "header", "footer", "main", "aside", "blockquote", "pre", "title", "dd", "dt", "dl",
            "figure", "figcaption", "hr", "address", "fieldset", "form", "caption", "thead", "tbody", "tfoot",
            "center", "details", "summary", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** The class of an element that labels the value written after it (class="label", "tag", "tit", "field-name"). */
    private static final Pattern LABEL_CLASS = Pattern.compile("(?i)label|tag|tit|key|field|name|lbl");
    /** A label's words: a short run of letters without sentence punctuation (已投项目, 注册地址, 合作院校/实验室). */
    private static final Pattern LABEL_WORDS = Pattern.compile("[\\p{IsHan}A-Za-z（）()/／、]{2,12}");

    private HtmlText() {
    }

    /**
     * Decodes an HTML file and returns its visible text. A byte-order mark decides the charset
     * first, then the page's own {@code <meta charset>} or {@code http-equiv="Content-Type"}
     * declaration (GBK-family names decode as GB18030); a page without either, or whose bytes do
     * not fit what it declares, is decoded by {@link EncodingDetector}.
     */
    static DecodedText read(byte[] bytes, String fileName) throws UnreadableFileException {
        if (bytes.length > 0 && !EncodingDetector.startsWithByteOrderMark(bytes)) {
            Optional<Charset> declared = declaredCharset(bytes);
            Optional<String> decoded = declared.flatMap(charset -> EncodingDetector.decodeStrictly(bytes, charset));
            if (decoded.isPresent()) {
                return new DecodedText(of(decoded.get()), declared.get(), false, "html");
            }
        }
        DecodedText detected = EncodingDetector.decode(bytes, fileName);
        return new DecodedText(of(detected.text()), detected.charset(), detected.bom(), "html");
    }

    /** The visible text of a page given as text. */
    static String of(String html) {
        Document page = Jsoup.parse(html);
        return visibleText(page, page);
    }

    /** The visible text of an XHTML body, without the head (Tika's title is metadata, not text). */
    static String bodyOf(String xhtml) {
        Document page = Jsoup.parse(xhtml);
        return visibleText(page, page.body());
    }

    private static String visibleText(Document page, Node root) {
        page.select(INVISIBLE).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new Blocks(text), root);
        return text.toString().strip();
    }

    /** The charset a page declares in its first bytes, when Java knows it. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Document page = Jsoup.parse(head);
        String name = null;
        Element meta = page.selectFirst("meta[charset]");
        if (meta != null) {
            name = meta.attr("charset").strip();
        } else {
            for (Element httpEquiv : page.select("meta[http-equiv][content]")) {
                Matcher m = CONTENT_CHARSET.matcher(httpEquiv.attr("content"));
                if (httpEquiv.attr("http-equiv").equalsIgnoreCase("content-type") && m.find()) {
                    name = m.group(1);
                    break;
                }
            }
        }
        return name == null || name.isEmpty() ? Optional.empty() : charsetNamed(name);
    }

    private static Optional<Charset> charsetNamed(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (GB_FAMILY.contains(upper)) {
            return Optional.of(Charset.forName("GB18030"));
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /** Writes text nodes, a line break for {@code <br>}, a blank line around blocks, a space between cells. */
    private static final class Blocks implements NodeVisitor {

        private final StringBuilder text;

        Blocks(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                Element parent = textNode.parent();
                boolean preformatted = parent != null && parent.normalName().equals("pre");
                text.append(preformatted ? textNode.getWholeText() : textNode.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (HEADINGS.contains(tag)) {
                    text.append("\n\n# ");
                } else if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    text.append("\n\n");
                } else if (CELLS.contains(tag)) {
                    text.append('\t');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (HEADINGS.contains(tag) || BLOCKS.contains(tag)) {
                    text.append("\n\n");
                } else if (CELLS.contains(tag)) {
                    text.append('\t');
                } else if (labelsValue(element)) {
                    text.append('：');
                }
            }
        }

        /**
         * Whether an inline element is the label of the value after it in its line, as card and directory pages mark
         * fields up (<p><span class="tag">已投项目</span>某某科技有限公司</p>): a {@code <label>} or an element whose class
         * says label, with short words, first in its block, with words right after it. Its text then gets the colon the
         * markup stood for, so that the line reads as the field it is (已投项目：…).
         */
        private static boolean labelsValue(Element element) {
            if (!element.normalName().equals("label") && !LABEL_CLASS.matcher(element.className()).find()) {
                return false;
            }
            if (!LABEL_WORDS.matcher(element.text().strip()).matches()) {
                return false;
            }
            for (Node before = element.previousSibling(); before != null; before = before.previousSibling()) {
                if (!(before instanceof TextNode t) || !t.isBlank()) {
                    return false;
                }
            }
            Node after = element.nextSibling();
            String next = after instanceof TextNode t ? t.text().strip() : after instanceof Element e ? e.text().strip() : "";
            return !next.isEmpty() && Character.isLetterOrDigit(next.codePointAt(0));
        }
    }
}
