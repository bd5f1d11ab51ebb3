package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.industrykg.curation.CurationFile;
import org.industrykg.curation.CurationService;
import org.industrykg.curation.DuplicateFinder;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.BulkLoader;
import org.industrykg.graph.DatabaseAvailability;
import org.industrykg.graph.DatabaseUnavailableException;
import org.industrykg.graph.FundQueries;
import org.industrykg.graph.ExportFormat;
import org.industrykg.graph.GraphExporter;
import org.industrykg.graph.GraphReader;
import org.industrykg.graph.GraphWriter;
import org.industrykg.graph.LinkQueries;
import org.industrykg.graph.RelationshipQueries;
import org.industrykg.system.EmbeddedNeo4jConfiguration;
import org.industrykg.system.EmbeddedStore;
import org.industrykg.system.KgProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Carries out a parsed {@code ./kg} command ({@link KgCommand}) inside the started application. */
@Component
public class CommandRunner {

    private final ExtractionJob job;
    private final GraphExporter exporter;
    private final GraphReader reader;
    private final FundQueries funds;
    private final LinkQueries links;
    private final RelationshipQueries relationships;
    private final ObjectMapper json;
    private final Environment environment;
    private final DatabaseAvailability database;
    private final ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> embedded;
    private final ObjectProvider<EmbeddedStore> embeddedStore;
    private final KgProperties properties;
    private final CurationService curation;
    private final BulkLoader bulk;
    private final QueryBench queryBench;
    private final PrintStream out = System.out;

    /**
     * The collaborators that need the database are resolved when first used ({@code @Lazy}): a command
     * may find that it has nothing to do without it.
     */
    public CommandRunner(@Lazy ExtractionJob job, @Lazy GraphReader reader, @Lazy FundQueries funds, @Lazy LinkQueries links,
                         @Lazy RelationshipQueries relationships, ObjectMapper json, Environment environment,
                         @Lazy GraphExporter exporter, @Lazy DatabaseAvailability database,
                         ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> embedded,
                         ObjectProvider<EmbeddedStore> embeddedStore, KgProperties properties, @Lazy CurationService curation,
                         @Lazy BulkLoader bulk, @Lazy QueryBench queryBench) {
        this.embeddedStore = embeddedStore;
        this.properties = properties;
        this.bulk = bulk;
        this.queryBench = queryBench;
        this.job = job;
        this.database = database;
        this.embedded = embedded;
        this.exporter = exporter;
        this.reader = reader;
        this.funds = funds;
        this.links = links;
        this.relationships = relationships;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.environment = environment;
        this.curation = curation;
    }

    /** The work of one command, which may fail on a file or a bad option value. */
    private interface Work {
        int run() throws IOException;
    }

    /**
     * Runs the work and returns the exit status: 2 with a line naming the problem when it fails, 1
     * when the database did not answer in time.
     */
    private static int status(Work work) {
        try {
            return work.run();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("kg: " + e.getMessage());
            return 2;
        } catch (DatabaseUnavailableException e) {
            System.err.println("kg: " + e.getMessage());
            return 1;
        }
    }

    /** Runs work that needs the database once it answers, waiting for it with a bounded retry. */
    private int withDatabase(Work work) {
        return status(() -> {
            database.await(out);
            return work.run();
        });
    }

    /**
     * Serves at once; extracts the input first when the database answers, or, when it does not yet,
     * in the background as soon as it does (the API answers 503 until then).
     */
    int serve(KgCommand.Serve command) {
        return status(() -> {
            Path input = command.input();
            if (input != null && database.check()) {
                report(job.run(input, out));
            } else if (input != null) {
                out.println(database.problem().orElse("Neo4j does not answer") + ": serving now (health DOWN, API 503),"
                        + " extracting " + input + " once it answers");
                database.whenAvailable(() -> extractLater(input));
            }
            embedded.ifAvailable(neo4j -> out.printf("Neo4j (Browser, cypher-shell): %s user %s password %s (kept in %s)%n",
                    neo4j.boltUri(), neo4j.credentials().user(), neo4j.credentials().password(), neo4j.credentials().file()));
            out.println("Ready: http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080")) + "/");
            return 0;
        });
    }

    private void extractLater(Path input) {
        try {
            report(job.run(input, out));
        } catch (IOException | RuntimeException e) {
            out.println("FAILED extracting " + input + ": " + e.getMessage());
        }
    }

    int extract(Path input, Path export, ExtractionJob.Options options) {
        return extract(input, export, options, null);
    }

    /**
     * Extracts the folder; with {@code reportFile}, writes the run's figures ({@link RunReport}) there as JSON.
     * In the embedded store, a run that wrote or found every file leaves a {@link RunManifest} once Neo4j has
     * stopped, and a later run of the same files (without --prune or --export) that finds the store as that
     * one left it reports them unchanged without starting the database.
     */
    int extract(Path input, Path export, ExtractionJob.Options options, Path reportFile) {
        EmbeddedStore store = embeddedStore.getIfAvailable();
        if (store != null && export == null && !options.prune()) {
            Optional<JobReport> nothingToDo;
            try {
                nothingToDo = RunManifest.unchangedSinceLastRun(input, options.shard(), store.home(), curationFingerprint(),
                        properties.maxFileBytes(), Math.max(1, properties.extractThreads()));
            } catch (IOException e) {
                nothingToDo = Optional.empty(); // the ordinary run says what cannot be read
            }
            if (nothingToDo.isPresent()) {
                JobReport report = nothingToDo.get();
                report(report);
                out.println("The store is as the last extraction of these files left it: the database was not started.");
                return status(() -> {
                    writeReport(reportFile, report, RunReport.uptimeSeconds() - report.seconds());
                    return 0;
                });
            }
        }
        return withDatabase(() -> {
            String curationBefore = curationFingerprint();
            // What the application does at start for the other commands (extract turns it off, DatabaseAvailability.AT_START).
            curation.applyAtStartUp();
            // Start-up ends where the job starts: the database (started on first use) and the schema are part of it.
            double startupSeconds = RunReport.uptimeSeconds();
            JobReport report = job.run(input, out, options);
            report(report);
            if (store != null && !report.failed() && report.current().size() == report.total()) {
                RunManifest manifest = RunManifest.of(input, options.shard(), curationBefore, report.current());
                store.afterShutdown(() -> writeManifest(manifest, store));
            }
            writeReport(reportFile, report, startupSeconds);
            if (options.prune()) {
                printRemovals(report.removed(), "no longer in " + input);
            }
            if (export != null) {
                writeExport(export);
            }
            return report.failed() ? 1 : 0;
        });
    }

    private void writeReport(Path reportFile, JobReport report, double startupSeconds) throws IOException {
        if (reportFile != null) {
            writeJson(reportFile, RunReport.of(report, startupSeconds));
            out.println("Wrote the run's figures to " + reportFile);
        }
    }

    /** The SHA-256 of the curation file ("" when there is none), which every run applies at its end. */
    private String curationFingerprint() throws IOException {
        Path file = properties.curationFile();
        return Files.isRegularFile(file) ? ExtractionJob.sha256(Files.readAllBytes(file)) : "";
    }

    private void writeManifest(RunManifest manifest, EmbeddedStore store) {
        try {
            manifest.write(store.home());
        } catch (IOException e) {
            // Only a later run's shortcut is lost: it compares each file with the graph instead.
            System.err.println("kg: could not write " + store.home().resolve(RunManifest.FILE) + ": " + e.getMessage());
        }
    }

    /** Builds a benchmark graph of about the given number of relationships into the empty store. */
    int synthGraph(KgCommand.Synth command) {
        return withDatabase(() -> {
            SyntheticGraph.build(command.relationships(), command.seed(), bulk, out);
            return 0;
        });
    }

    /** Asks the questions through the driver and through REST and writes their percentiles. */
    int benchQueries(KgCommand.BenchQueries command) {
        return withDatabase(() -> {
            int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
            writeJson(command.report(), queryBench.run(port, command.rounds(), out));
            out.println("Wrote the figures to " + command.report());
            return 0;
        });
    }

    /** Removes the named documents; 1 when one of them is not in the graph. */
    int remove(List<String> fileNames) {
        return withDatabase(() -> {
            List<GraphWriter.Removal> removed = job.remove(fileNames);
            printRemovals(removed, "named");
            List<String> absent = fileNames.stream()
                    .filter(name -> removed.stream().noneMatch(r -> r.document().equals(name))).toList();
            absent.forEach(name -> System.err.println("kg: " + name + ": no such document in the store"));
            return absent.isEmpty() ? 0 : 1;
        });
    }

    /** One line per removed document with what went with it. */
    private void printRemovals(List<GraphWriter.Removal> removed, String why) {
        out.printf("Removed %d document%s (%s)%s%n", removed.size(), removed.size() == 1 ? "" : "s", why,
                removed.isEmpty() ? "" : ":");
        for (GraphWriter.Removal r : removed) {
            out.printf("  %s: %d evidence items, %d relationships and %d entities only it stated%s%n", r.document(),
                    r.evidenceItems(), r.relationships(), r.entities().size(),
                    r.entities().isEmpty() ? "" : " (" + String.join("、", r.entities()) + ")");
        }
    }

    int export(Path file) {
        return export(file, ExportFormat.JSON);
    }

    /** json and graphml go to the file; csv writes the neo4j-admin import files into the folder {@code file}. */
    int export(Path file, ExportFormat format) {
        return withDatabase(() -> {
            if (format == ExportFormat.JSON) {
                writeExport(file);
                return 0;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (format == ExportFormat.CSV) {
                exporter.writeCsv(file);
            } else {
                try (var stream = Files.newOutputStream(file)) {
                    exporter.write(format, stream);
                }
            }
            out.printf("Exported the graph as %s to %s%n", format.id(), file);
            return 0;
        });
    }

    private void writeExport(Path file) throws IOException {
        var written = exporter.writeJson(file);
        out.printf("Exported %d nodes and %d edges to %s%n", written.nodes(), written.edges(), file);
    }

    /** Writes the value as indented JSON, creating the file's folder when needed. */
    private void writeJson(Path file, Object value) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        json.writeValue(file.toFile(), value);
    }

    /** Applies the curation file, or lists likely duplicates as merges for it. */
    int curate(KgCommand.Curate command) {
        return withDatabase(() -> {
            if (!command.suggest()) {
                // The file was applied once at start-up already; this pass should find nothing left to do.
                CurationService.Report startUp = curation.startUpReport();
                CurationService.Report report = curation.applyAll();
                if (report.error() != null) {
                    System.err.println("kg: " + report.error());
                    return 2;
                }
                out.printf("Applied %d operation(s) of %s; %d changed the graph (each outcome is logged).%n",
                        report.operations(), report.file(), report.changed() + (startUp == null ? 0 : startUp.changed()));
                return 0;
            }
            List<DuplicateFinder.Suggestion> suggestions = curation.suggestions();
            out.printf("# %d likely duplicate(s). To accept one, copy it under `operations:` in %s%n", suggestions.size(),
                    curation.path());
            out.println("# (or POST it to /api/curation), then run ./kg curate. The longer name stays.");
            for (DuplicateFinder.Suggestion suggestion : suggestions) {
                out.printf("  # %s (%d mentions) and %s (%d mentions)%n", suggestion.from().name(), suggestion.from().mentions(),
                        suggestion.into().name(), suggestion.into().mentions());
                out.print(CurationFile.entry(suggestion.operation()));
            }
            return 0;
        });
    }

    int evaluate(KgCommand.Evaluate command) {
        return withDatabase(() -> {
            Path gold = command.gold();
            if (!Files.isDirectory(gold)) {
                throw new IllegalArgumentException("--gold " + gold + ": not a folder");
            }
            JobReport report = job.run(command.input(), out);
            report(report);
            GoldScore score = GoldScore.score(reader.export(), gold, json);
            out.println("Against " + gold + ":");
            score.print(out);
            if (command.misses()) {
                out.println();
                score.printMisses(out);
            }
            out.println();
            Path usecases = gold.resolve("usecases.json");
            if (Files.isRegularFile(usecases)) {
                out.println("The three questions against " + usecases + ":");
                UseCaseScore questions = UseCaseScore.score(answers(), json.readTree(usecases.toFile()));
                questions.print(out);
                if (command.misses()) {
                    out.println();
                    questions.printMisses(out);
                }
            } else {
                out.println("No " + usecases + ": the three questions are not scored.");
            }
            return report.failed() ? 1 : 0;
        });
    }

    /** The answers of the three questions, asked as the REST endpoints ask them with their default limits. */
    private UseCaseScore.Answers answers() {
        var fundList = funds.funds(UseCaseScore.INDUSTRY, 200).orElse(List.of());
        LinkQueries.LinkGraph linkGraph = links.links(UseCaseScore.CITY_A, UseCaseScore.CITY_B, 500).graph();
        var paths = relationships.relationships(EntityLabel.Enterprise, EntityLabel.ResearchInstitute, null,
                RelationshipQueries.DEFAULT_LIMIT);
        return new UseCaseScore.Answers(fundList, linkGraph, paths);
    }

    private void report(JobReport report) {
        out.println(report.summary());
        if (report.failed()) {
            out.printf("%d of %d files failed:%n", report.failures().size(), report.total());
            report.failures().forEach(line -> out.println("  " + line));
        }
    }
}
