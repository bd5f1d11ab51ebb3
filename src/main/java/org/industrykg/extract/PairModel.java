package org.industrykg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A multinomial logistic model over {@link PairFeatures}: for two mentions of a sentence in text
 * order, the relation type and direction the sentence states between them ({@code HOSTS>} from the
 * first to the second, {@code HOSTS<} back), or {@code NONE}. Its weights are a resource written by
 * {@code eval/pairs/train.py} from the gold of the read evaluation sets; see docs/evaluation.md.
 *
 * <p>File format: a line {@code classes<TAB>NONE<TAB>HOSTS>…}; a line {@code add<TAB>p}, how sure it
 * must be to add an edge no rule made; then one line per feature: {@code feature<TAB>w1<TAB>w2…}, one weight per class.
 */
final class PairModel {

    /** What the model says of one pair: the type, whether it runs from the first mention, and how sure it is. */
    record Prediction(RelationType type, boolean forward, double probability) {
    }

    private final String[] classes;
    private final Map<String, double[]> weights;
    final double add;

    private PairModel(String[] classes, Map<String, double[]> weights, double add) {
        this.classes = classes;
        this.weights = weights;
        this.add = add;
    }

    /** The class name of a type and direction: {@code HOSTS>} from the first mention, {@code HOSTS<} back; PARTNERS_WITH has one. */
    static String className(RelationType type, boolean forward) {
        return type.name() + (forward || type.isSymmetric() ? ">" : "<");
    }

    /** The model of a classpath resource, or null when there is none. */
    static PairModel load(String resource) {
        try (InputStream in = PairModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] classes = null;
            double add = 1.0;
            Map<String, double[]> weights = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells[0].equals("classes")) {
                    classes = java.util.Arrays.copyOfRange(cells, 1, cells.length);
                } else if (cells[0].equals("add")) {
                    add = Double.parseDouble(cells[1]);
                } else if (classes != null && cells.length == classes.length + 1) {
                    double[] w = new double[classes.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = Double.parseDouble(cells[i + 1]);
                    }
                    weights.put(cells[0], w);
                } else {
                    throw new IllegalStateException(resource + ": malformed line: " + line);
                }
            }
            if (classes == null) {
                throw new IllegalStateException(resource + ": no classes line");
            }
            return new PairModel(classes, weights, add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The probability of each class name for a pair's features. */
    Map<String, Double> probabilities(Collection<String> features) {
        double[] score = new double[classes.length];
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < score.length; i++) {
                    score[i] += w[i];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (double s : score) {
            sum += Math.exp(s - max);
        }
        Map<String, Double> p = new HashMap<>();
        for (int i = 0; i < score.length; i++) {
            p.put(classes[i], Math.exp(score[i] - max) / sum);
        }
        return p;
    }

    /** The most probable relation of a pair, or null when NONE is the most probable. */
    Prediction predict(Collection<String> features) {
        Map<String, Double> p = probabilities(features);
        String best = "NONE";
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (e.getValue() > p.get(best)) {
                best = e.getKey();
            }
        }
        if (best.equals("NONE")) {
            return null;
        }
        RelationType type = RelationType.parse(best.substring(0, best.length() - 1));
        return type == null ? null : new Prediction(type, best.endsWith(">"), p.get(best));
    }
}
