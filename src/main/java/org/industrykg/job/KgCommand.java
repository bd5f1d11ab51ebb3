package org.industrykg.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.industrykg.graph.DatabaseAvailability;
import org.industrykg.graph.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code ./kg} command line, declared with picocli: the commands, their options, their help.
 * Parsing starts nothing. A command that needs the application hands itself to a {@link Launcher},
 * which starts Spring Boot for it and gives it the {@link CommandRunner}; {@code bench} needs no
 * database and runs on its own. With no command, {@code ./kg [OPTIONS]} is {@code ./kg serve [OPTIONS]}.
 */
@Command(name = "kg", sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Extracts Chinese policy letters and news into a knowledge graph in Neo4j and serves it.",
                "With no command, ./kg runs serve with the options given: ./kg is ./kg serve --input seeds,"
                        + " ./kg --port 9090 is ./kg serve --input seeds --port 9090."},
        subcommands = {KgCommand.Serve.class, KgCommand.Extract.class, KgCommand.Remove.class, KgCommand.Export.class,
                KgCommand.Evaluate.class, KgCommand.Bench.class, KgCommand.Curate.class, KgCommand.Synth.class, HelpCommand.class},
        footer = {"", "The store defaults to ./data; set spring.neo4j.uri (and credentials) to use an external Neo4j "
                + "instead of the embedded one. ./kg COMMAND --help describes one command."})
public final class KgCommand implements Callable<Integer> {

    /** Starts the application for a command and returns the exit status. */
    @FunctionalInterface
    public interface Launcher {
        int launch(AppCommand command);
    }

    private final Launcher launcher;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** The options of serve, for {@code ./kg --port 9090} with no command. */
    @Mixin
    ServeOptions serve;

    KgCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    /** The picocli command line of {@code ./kg}: exit status 2 and a one-line error plus usage for bad arguments. */
    public static CommandLine commandLine(Launcher launcher) {
        CommandLine line = new CommandLine(new KgCommand(launcher));
        line.setParameterExceptionHandler(KgCommand::badArguments);
        line.setExecutionStrategy(KgCommand::execute);
        return line;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return launch(new Serve(serve), spec);
    }

    /** Starts the application for the command once the folders it reads are there (a missing one is a bad argument). */
    private int launch(AppCommand command, CommandSpec given) {
        command.folders().forEach((option, folder) -> {
            if (!Files.isDirectory(folder)) {
                throw new ParameterException(given.commandLine(),
                        "Invalid value for option '" + option + "': " + folder + " is not a folder");
            }
        });
        return launcher.launch(command);
    }

    /** Runs the last command given, after refusing options of the bare form mixed with a command. */
    private static int execute(CommandLine.ParseResult parsed) {
        if (parsed.hasSubcommand()) {
            parsed.matchedOptions().stream().filter(option -> !option.usageHelp()).findFirst().ifPresent(option -> {
                String command = parsed.subcommand().commandSpec().name();
                throw new ParameterException(parsed.commandSpec().commandLine(), "option '" + option.longestName()
                        + "' comes before the command '" + command + "': options without a command are serve's;"
                        + " put the options of " + command + " after it");
            });
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (e instanceof CommandLine.MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
            // An unknown option explains a missing one better than the other way round.
            e = new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments());
        }
        err.println("kg: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A command carried out inside the started application. */
    public abstract static class AppCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        /** Spring properties as {@code --name=value} arguments, so that they win over application.properties. */
        public abstract List<String> springArguments();

        /** Whether the command keeps serving REST and the web page after it ran. */
        public boolean web() {
            return false;
        }

        /** Whether the command needs the web server while it runs (those that keep serving, and benchmarks of REST). */
        public boolean webServer() {
            return web();
        }

        /** Carries out the command in the started application and returns the exit status. */
        public abstract int run(CommandRunner runner);

        /** The folders the command reads, by option, which must exist before the application starts for it. */
        Map<String, Path> folders() {
            return Map.of();
        }

        @Override
        public Integer call() {
            return ((KgCommand) spec.root().userObject()).launch(this, spec);
        }
    }

    /** The --store option of the commands that use the configured store by default. */
    public static final class StoreOption {

        @Option(names = "--store", paramLabel = "DIR", description = "Folder of the embedded Neo4j store (default: data, or the kg.store property).")
        Path store;

        /** {@code --kg.store=DIR} when given, so that it wins over application.properties. */
        List<String> springArguments() {
            List<String> arguments = new ArrayList<>();
            if (store != null) {
                arguments.add("--kg.store=" + store);
            }
            return arguments;
        }
    }

    /** The options of serve, shared with the bare {@code ./kg}. */
    public static final class ServeOptions {

        @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
                description = "Extract this folder first; unchanged files are skipped (default: ${DEFAULT-VALUE}).")
        Path input;

        @Mixin
        StoreOption store;

        @Option(names = "--port", paramLabel = "N", converter = PortNumber.class,
                description = "HTTP port, 1 to 65535 (default: server.port, 8080).")
        Integer port;
    }

    @Command(name = "serve", sortOptions = false,
            description = "Extract DIR (unchanged files are skipped), then serve REST and the web page on http://localhost:PORT.")
    public static final class Serve extends AppCommand {

        @Mixin
        ServeOptions options;

        public Serve() {
        }

        Serve(ServeOptions options) {
            this.options = options;
        }

        public Path input() {
            return options.input;
        }

        public Integer port() {
            return options.port;
        }

        @Override
        public List<String> springArguments() {
            List<String> arguments = options.store.springArguments();
            if (options.port != null) {
                arguments.add("--server.port=" + options.port);
            }
            return arguments;
        }

        @Override
        public boolean web() {
            return true;
        }

        @Override
        Map<String, Path> folders() {
            return Map.of("--input", options.input);
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.serve(this);
        }
    }

    @Command(name = "extract", sortOptions = false, description = "Extract DIR into the store and exit.")
    public static final class Extract extends AppCommand {

        @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder of documents to extract.")
        Path input;

        @Mixin
        StoreOption store;

        @Option(names = "--export", paramLabel = "FILE", description = "Then write the whole graph as graph.json (docs/design.md).")
        Path export;

        @Option(names = "--prune", description = "First remove the documents that are no longer in DIR, and what only they said.")
        boolean prune;

        @Option(names = "--keep-version",
                description = "Skip unchanged files even when another extractor version read them (by default they are read again).")
        boolean keepVersion;

        @Option(names = "--report", paramLabel = "FILE",
                description = "Also write the run's figures as JSON: documents, characters, failures, seconds of start-up, "
                        + "model loading, annotation, rules, writing and in total, characters/s, peak heap.")
        Path report;

        @Option(names = "--shard", paramLabel = "I/N", converter = ShardValue.class,
                description = "Extract only shard I of N (1 <= I <= N) of the files, chosen by a hash of each file name, "
                        + "so that N processes or machines can extract one folder into one external database at once.")
        Shard shard = Shard.ALL;

        /** The store, and no database work at start: the command decides whether it needs the database at all. */
        @Override
        public List<String> springArguments() {
            List<String> arguments = store.springArguments();
            arguments.add("--" + DatabaseAvailability.AT_START + "=false");
            return arguments;
        }

        @Override
        Map<String, Path> folders() {
            return Map.of("--input", input);
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.extract(input, export, new ExtractionJob.Options(prune, keepVersion, shard), report);
        }
    }

    @Command(name = "remove", sortOptions = false,
            description = "Remove documents from the store, by file name, with everything only they said; facts other documents also state stay.")
    public static final class Remove extends AppCommand {

        @CommandLine.Parameters(paramLabel = "FILE", arity = "1..*",
                description = "Documents to remove: their file names (a path is taken by its file name).")
        List<Path> files;

        @Mixin
        StoreOption store;

        @Override
        public List<String> springArguments() {
            return store.springArguments();
        }

        /** The file names to remove, in the order given. */
        public List<String> fileNames() {
            return files.stream().map(file -> file.getFileName().toString()).distinct().toList();
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.remove(fileNames());
        }
    }

    @Command(name = "export", sortOptions = false,
            description = "Write the whole graph: graph.json (docs/design.md), GraphML for Gephi and yEd, or the CSV files of neo4j-admin database import.")
    public static final class Export extends AppCommand {

        @Option(names = "--output", paramLabel = "FILE", required = true,
                description = "File to write (for csv: the folder to write the CSV files into).")
        Path output;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatName.class,
                description = "json (default), graphml or csv.")
        ExportFormat format;

        @Mixin
        StoreOption store;

        @Override
        public List<String> springArguments() {
            return store.springArguments();
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.export(output, format);
        }
    }

    @Command(name = "evaluate", sortOptions = false,
            description = {"Extract DIR into a fresh temporary store (unless --store is given), print precision/recall/F1 "
                    + "per label and relationship type against the gold files (the rules of score.py), and score the "
                    + "three questions against <gold>/usecases.json (the rules of usecases.py)."})
    public static final class Evaluate extends AppCommand {

        @Option(names = "--gold", paramLabel = "DIR", defaultValue = "eval/gold",
                description = "Folder of gold JSON files (default: ${DEFAULT-VALUE}).")
        Path gold;

        @Option(names = "--input", paramLabel = "DIR", defaultValue = "eval/docs",
                description = "Folder of documents to extract (default: ${DEFAULT-VALUE}).")
        Path input;

        @Option(names = "--store", paramLabel = "DIR",
                description = "Extract into this store instead of a fresh temporary one.")
        Path store;

        @Option(names = "--misses",
                description = "Also list per document the gold entities and relations that were missed and the "
                        + "extracted entities and edges that match no gold.")
        boolean misses;

        public Path gold() {
            return gold;
        }

        public Path input() {
            return input;
        }

        public boolean misses() {
            return misses;
        }

        @Override
        public List<String> springArguments() {
            if (store != null) {
                return List.of("--kg.store=" + store);
            }
            Path store = temporaryStore();
            // The project's curations are not the extractor's output: the temporary store has none.
            return List.of("--kg.store=" + store, "--kg.bolt-port=0", "--kg.curation-file=" + store.resolve("curation.yml"));
        }

        /** A fresh store folder, deleted with its content when the process ends (after Spring closed the store). */
        private static Path temporaryStore() {
            try {
                Path store = Files.createTempDirectory("kg-evaluate");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(store), "kg-evaluate-cleanup"));
                return store;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary store", e);
            }
        }

        private static void delete(Path folder) {
            try (Stream<Path> tree = Files.walk(folder)) {
                tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("kg: could not delete the temporary store " + folder + ": " + e.getMessage());
            }
        }

        @Override
        Map<String, Path> folders() {
            Map<String, Path> folders = new LinkedHashMap<>();
            folders.put("--gold", gold);
            folders.put("--input", input);
            return folders;
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.evaluate(this);
        }
    }

    @Command(name = "curate", sortOptions = false,
            description = {"Apply the curation file (kg.curation-file, default curation.yml beside the store) to the graph "
                    + "and print what each operation did; with --suggest, list likely duplicates as merges to copy into it."})
    public static final class Curate extends AppCommand {

        @Option(names = "--suggest",
                description = "List likely duplicates (same label; names that differ only by place prefix, legal suffix, "
                        + "brackets or script, or one an abbreviation of the other) instead of applying the file.")
        boolean suggest;

        @Mixin
        StoreOption store;

        public boolean suggest() {
            return suggest;
        }

        @Override
        public List<String> springArguments() {
            return store.springArguments();
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.curate(this);
        }
    }

    @Command(name = "bench", sortOptions = false, subcommands = {KgCommand.BenchQueries.class, KgCommand.BenchLoad.class},
            description = {"Run CoreNLP alone, then CoreNLP and the rules, over DIR N times without a database and print "
                    + "characters/s of both per round (the later rounds are the warm rates) and their ratio."})
    public static final class Bench implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
                description = "Folder of documents (default: ${DEFAULT-VALUE}).")
        Path input;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", converter = Rounds.class,
                description = "Rounds, 1 to 100 (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = Threads.class,
                description = "Threads, 1 to 64 (default: ${DEFAULT-VALUE}).")
        int threads;

        @Override
        public Integer call() {
            try {
                Benchmark.run(input, rounds, threads, System.out);
                return 0;
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("kg: " + e.getMessage());
                return 2;
            } catch (InterruptedException | ExecutionException e) {
                System.err.println("kg: benchmark failed: " + e);
                return 1;
            }
        }
    }

    @Command(name = "synth", sortOptions = false,
            description = {"Write a benchmark corpus (--docs) or build a benchmark graph (--graph), the same for the same seed.",
                    "--docs N --output DIR: N invented documents (reply letters, policy measures, fund news, park notices; "
                            + "some Traditional, some GB18030) into DIR/docs and their gold files into DIR/gold; names are "
                            + "built from name parts, so the graph grows with N. No database.",
                    "--graph R [--store DIR]: what the gold of those documents states, written straight into an empty "
                            + "store (no NLP) until it holds about R relationships, with the real schema and evidence."})
    public static final class Synth extends AppCommand {

        @Option(names = "--docs", paramLabel = "N", converter = DocumentCount.class,
                description = "Documents to write, 1 to 1000000.")
        Integer docs;

        @Option(names = "--output", paramLabel = "DIR",
                description = "With --docs: folder to write DIR/docs and DIR/gold into (they must be empty or absent).")
        Path output;

        @Option(names = "--graph", paramLabel = "R", converter = RelationshipCount.class,
                description = "Relationships to build, 1 to 100000000, into an empty store.")
        Integer graph;

        @Mixin
        StoreOption store;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Seed; the same seed gives the same documents and graph (default: ${DEFAULT-VALUE}).")
        long seed;

        public int relationships() {
            return graph;
        }

        public long seed() {
            return seed;
        }

        @Override
        public List<String> springArguments() {
            return store.springArguments();
        }

        @Override
        public Integer call() {
            if ((docs == null) == (graph == null)) {
                throw new ParameterException(spec.commandLine(), "give either --docs N --output DIR or --graph R");
            }
            if (graph != null) {
                if (output != null) {
                    throw new ParameterException(spec.commandLine(), "--output goes with --docs; --graph writes into --store");
                }
                return super.call();
            }
            if (output == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--output=DIR' (with --docs)");
            }
            if (store.store != null) {
                throw new ParameterException(spec.commandLine(), "--store goes with --graph; --docs writes into --output");
            }
            try {
                new SyntheticCorpus(seed).write(docs, output, System.out);
                return 0;
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("kg: " + e.getMessage());
                return 2;
            }
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.synthGraph(this);
        }
    }

    @Command(name = "queries", sortOptions = false,
            description = {"Ask the three questions (funds of 人形机器人, links between the two cities with the most edges, "
                    + "enterprise–institute relationships) and the neighbourhood of the busiest city N times through the "
                    + "bare Neo4j driver and N times through REST, print p50/p99 of each and write them to FILE as JSON."})
    public static final class BenchQueries extends AppCommand {

        @Mixin
        StoreOption store;

        @Option(names = "--report", paramLabel = "FILE", required = true, description = "JSON file to write the figures to.")
        Path report;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "50", converter = QueryRounds.class,
                description = "Times each question is asked each way, 1 to 100000 (default: ${DEFAULT-VALUE}).")
        int rounds;

        public Path report() {
            return report;
        }

        public int rounds() {
            return rounds;
        }

        @Override
        public List<String> springArguments() {
            List<String> arguments = store.springArguments();
            arguments.add("--server.port=0");
            return arguments;
        }

        @Override
        public boolean webServer() {
            return true;
        }

        @Override
        public int run(CommandRunner runner) {
            return runner.benchQueries(this);
        }
    }

    @Command(name = "load", sortOptions = false,
            description = {"Run N clients against a running service for S seconds, each asking the three questions "
                    + "(funds, links, enterprise–institute relationships) and the neighbourhood of city A in turn; print "
                    + "requests/s, p50 and p99 of all requests and of each endpoint, and the errors (not 200, or no "
                    + "answer within 30 s). Needs no database: it only talks HTTP."})
    public static final class BenchLoad implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--url", paramLabel = "URL", required = true,
                description = "Base URL of the service, e.g. http://localhost:8080.")
        String url;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "200", converter = Clients.class,
                description = "Concurrent clients, 1 to 2000 (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", converter = LoadSeconds.class,
                description = "How long, 1 to 3600 (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--industry", paramLabel = "NAME", defaultValue = "人形机器人",
                description = "Industry of the funds question (default: ${DEFAULT-VALUE}).")
        String industry;

        @Option(names = "--a", paramLabel = "CITY", defaultValue = "深圳市",
                description = "First city of the links question and centre of the neighbourhood (default: ${DEFAULT-VALUE}).")
        String cityA;

        @Option(names = "--b", paramLabel = "CITY", defaultValue = "广州市",
                description = "Second city of the links question (default: ${DEFAULT-VALUE}).")
        String cityB;

        @Option(names = "--report", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
        Path report;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!url.matches("https?://[^/\\s]+/?")) {
                throw new ParameterException(spec.commandLine(), "--url must be a base URL such as http://localhost:8080, not " + url);
            }
            var target = new LoadBench.Target(url.replaceAll("/$", ""), industry, cityA, cityB);
            LoadBench.Report figures = LoadBench.run(target, clients, seconds, System.out);
            if (report != null) {
                new ObjectMapper()
                        .writerWithDefaultPrettyPrinter().writeValue(report.toFile(), figures);
                System.out.println("Wrote the figures to " + report);
            }
            return figures.all().requests() == 0 ? 1 : 0;
        }
    }

    /** A shard I/N; a wrong one is refused before anything starts. */
    static final class ShardValue implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An export format by name; a wrong one is refused before anything starts. */
    static final class FormatName implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value, "--format");
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A whole number within bounds; picocli names the option in the error. */
    abstract static class WholeNumber implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        WholeNumber(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a whole number from " + min + " to " + max);
        }
    }

    static final class PortNumber extends WholeNumber {
        PortNumber() {
            super(1, 65535);
        }
    }

    static final class Rounds extends WholeNumber {
        Rounds() {
            super(1, 100);
        }
    }

    static final class DocumentCount extends WholeNumber {
        DocumentCount() {
            super(1, 1_000_000);
        }
    }

    static final class QueryRounds extends WholeNumber {
        QueryRounds() {
            super(1, 100_000);
        }
    }

    static final class RelationshipCount extends WholeNumber {
        RelationshipCount() {
            super(1, 100_000_000);
        }
    }

    static final class Clients extends WholeNumber {
        Clients() {
            super(1, 2000);
        }
    }

    static final class LoadSeconds extends WholeNumber {
        LoadSeconds() {
            super(1, 3600);
        }
    }

    static final class Threads extends WholeNumber {
        Threads() {
            super(1, 64);
        }
    }
}
