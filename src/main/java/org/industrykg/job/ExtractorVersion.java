package org.industrykg.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.industrykg.extract.RuleBasedExtractor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The version of the extractor: a hash of everything that decides what a document yields — the
 * rule and data files under {@code extract/} and {@code nlp/} and the compiled classes of the
 * stages {@code ingest}, {@code nlp} and {@code extract} — taken from the classpath location the
 * extractor itself was loaded from. Each Document records the version that read it; a different
 * one makes {@code ./kg extract} read the file again.
 */
public final class ExtractorVersion {

    /** What the hash covers, relative to the classpath root of the extractor. */
    static final List<String> PATTERNS = List.of("extract/**", "nlp/**",
            "org/industrykg/ingest/**/*.class", "org/industrykg/nlp/**/*.class", "org/industrykg/extract/**/*.class");

    private static String current;

    private ExtractorVersion() {
    }

    /** The version of the extractor on this classpath, computed once per process. */
    public static synchronized String current() {
        if (current == null) {
            String self = RuleBasedExtractor.class.getName().replace('.', '/') + ".class";
            String url = RuleBasedExtractor.class.getClassLoader().getResource(self).toString();
            current = of(url.substring(0, url.length() - self.length()));
        }
        return current;
    }

    /** The hash of the files of {@link #PATTERNS} under a classpath root URL ({@code file:…/} or {@code jar:…!/}). */
    static String of(String root) {
        var resolver = new PathMatchingResourcePatternResolver(ExtractorVersion.class.getClassLoader());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pattern : PATTERNS) {
                Resource[] found = resolver.getResources(root + pattern);
                Arrays.sort(found, Comparator.comparing(ExtractorVersion::url));
                for (Resource resource : found) {
                    if (!resource.isReadable() || url(resource).endsWith("/")) {
                        continue;
                    }
                    digest.update(url(resource).substring(Math.min(root.length(), url(resource).length()))
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extractor's files under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
