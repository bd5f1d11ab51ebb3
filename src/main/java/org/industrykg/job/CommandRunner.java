package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.industrykg.graph.GraphReader;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Carries out a parsed {@code ./kg} command inside the started application. */
@Component
public class CommandRunner {

    private final ExtractionJob job;
    private final GraphReader reader;
    private final ObjectMapper json;
    private final Environment environment;

    public CommandRunner(ExtractionJob job, GraphReader reader, ObjectMapper json, Environment environment) {
        this.job = job;
        this.reader = reader;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.environment = environment;
    }

    /** Runs the command and returns the process exit status. */
    public int run(CommandLine line) {
        PrintStream out = System.out;
        try {
            return switch (line.command()) {
                case SERVE -> serve(line, out);
                case EXTRACT -> extract(line, out);
                case EXPORT -> export(line.output(), out);
                case EVALUATE -> evaluate(line, out);
                case HELP, BENCH -> 0;
            };
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("kg: " + e.getMessage());
            return 2;
        }
    }

    private int serve(CommandLine line, PrintStream out) throws IOException {
        if (line.input() != null) {
            report(job.run(line.input(), out), out);
        }
        out.println("Ready: http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/");
        return 0;
    }

    private int extract(CommandLine line, PrintStream out) throws IOException {
        JobReport report = job.run(line.input(), out);
        report(report, out);
        if (line.export() != null) {
            export(line.export(), out);
        }
        return report.failed() ? 1 : 0;
    }

    private int export(Path file, PrintStream out) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        var graph = reader.export();
        json.writeValue(file.toFile(), graph);
        out.printf("Exported %d nodes and %d edges to %s%n", graph.nodes().size(), graph.edges().size(), file);
        return 0;
    }

    private int evaluate(CommandLine line, PrintStream out) throws IOException {
        JobReport report = job.run(line.input(), out);
        report(report, out);
        GoldScore score = GoldScore.score(reader.export(), line.gold(), json);
        out.println("Against " + line.gold() + ":");
        score.print(out);
        return report.failed() ? 1 : 0;
    }

    private static void report(JobReport report, PrintStream out) {
        out.println(report.summary());
        if (report.failed()) {
            out.printf("%d of %d files failed:%n", report.failures().size(), report.total());
            report.failures().forEach(line -> out.println("  " + line));
        }
    }
}
