package org.industrykg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The CoreNLP Chinese pipeline (tokenize, ssplit, pos, lemma, ner with the named TokensRegex
 * rules), configured by {@code nlp/chinese.properties}. It takes 15–25 s and about 3 GB of heap
 * to build, so a process builds it once, on first use, and shares it.
 */
public final class ChinesePipeline {

    public static final String PROPERTIES = "nlp/chinese.properties";

    /** Longest piece of text that CoreNLP annotates at once (see {@link #annotate(String)}). */
    public static final int CHUNK_CHARACTERS = 10_000;

    private static final int WARM_UP_ROUNDS = 8;

    private static volatile ChinesePipeline shared;

    private final StanfordCoreNLP pipeline;

    private ChinesePipeline(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The process-wide pipeline, built on the first call. */
    public static ChinesePipeline shared() {
        ChinesePipeline result = shared;
        if (result == null) {
            synchronized (ChinesePipeline.class) {
                result = shared;
                if (result == null) {
                    result = new ChinesePipeline(loadProperties());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Properties loadProperties() {
        try (InputStream in = ChinesePipeline.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the pipeline a few times on a sample letter so that later documents meet compiled code. */
    public void warmUp() {
        try (InputStream in = ChinesePipeline.class.getClassLoader().getResourceAsStream("nlp/warmup.txt")) {
            String sample = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                annotate(sample);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Segments, tags and splits the text into sentences; offsets point into {@code text}. The text
     * goes through CoreNLP in pieces of at most {@value #CHUNK_CHARACTERS} characters cut at
     * paragraphs ({@link Chunks}), so a document of any size needs the memory of one piece.
     *
     * @throws CancellationException when the thread is interrupted (a document over its time limit):
     *                               checked between pieces
     */
    public List<Sentence> annotate(String text) {
        return annotate(text, CHUNK_CHARACTERS);
    }

    List<Sentence> annotate(String text, int chunkCharacters) {
        List<Sentence> sentences = new ArrayList<>();
        for (Chunks.Chunk chunk : Chunks.of(text, chunkCharacters)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("annotation interrupted after " + chunk.begin() + " of "
                        + text.length() + " characters");
            }
            annotateChunk(text, chunk, sentences);
        }
        return sentences;
    }

    private void annotateChunk(String text, Chunks.Chunk chunk, List<Sentence> sentences) {
        Annotation annotation = new Annotation(text.substring(chunk.begin(), chunk.end()));
        pipeline.annotate(annotation);
        int shift = chunk.begin();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(label.word(), label.tag(), label.ner(),
                        label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        shift + label.beginPosition(), shift + label.endPosition()));
            }
            int begin = shift + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = shift + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), tokens));
        }
    }
}
