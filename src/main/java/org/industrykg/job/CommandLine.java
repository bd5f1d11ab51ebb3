package org.industrykg.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of {@code ./kg}. Parsing never starts anything, so bad arguments are
 * reported at once with the usage text.
 */
public record CommandLine(Command command, Path input, Path store, Integer port, Path export, Path output, Path gold, Integer rounds, Integer threads) {

    public enum Command { SERVE, EXTRACT, EXPORT, EVALUATE, BENCH, HELP }

    public static final String USAGE = """
            Usage: ./kg [COMMAND] [OPTIONS]

            Commands:
              serve     [--input DIR] [--store DIR] [--port N]
                        extract DIR (unchanged files are skipped), then serve REST and the web
                        page on http://localhost:PORT (default 8080)
              extract   --input DIR [--store DIR] [--export FILE]
                        extract DIR into the store and exit; --export writes graph.json
              export    --output FILE [--store DIR]
                        write the whole graph as graph.json (DESIGN.md §6)
              evaluate  --gold DIR [--input DIR] [--store DIR]
                        extract DIR (default seeds) into a fresh temporary store (unless
                        --store is given) and print precision/recall/F1 per label and
                        relationship type against the gold files (rules of score.py)
              bench     [--input DIR] [--rounds N] [--threads N]
                        run the NLP pipeline and the rules over DIR (default seeds) N
                        times (default 3, on 1 thread) without a database and print
                        characters/s per round
              --help    this text

            With no command, ./kg is ./kg serve --input seeds.
            The store defaults to ./data; set spring.neo4j.uri (and credentials) to use an
            external Neo4j instead of the embedded one.
            """;

    private static final Map<Command, Set<String>> OPTIONS = Map.of(
            Command.SERVE, Set.of("--input", "--store", "--port"),
            Command.EXTRACT, Set.of("--input", "--store", "--export"),
            Command.EXPORT, Set.of("--output", "--store"),
            Command.EVALUATE, Set.of("--gold", "--input", "--store"),
            Command.BENCH, Set.of("--input", "--rounds", "--threads"),
            Command.HELP, Set.of());

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message that names the problem. */
    public static CommandLine parse(List<String> args) {
        if (args.isEmpty()) {
            return new CommandLine(Command.SERVE, Path.of("seeds"), null, null, null, null, null, null, null);
        }
        String first = args.get(0);
        if (Set.of("--help", "-h", "help").contains(first)) {
            return new CommandLine(Command.HELP, null, null, null, null, null, null, null, null);
        }
        Command command = switch (first) {
            case "serve" -> Command.SERVE;
            case "extract" -> Command.EXTRACT;
            case "export" -> Command.EXPORT;
            case "evaluate" -> Command.EVALUATE;
            case "bench" -> Command.BENCH;
            default -> throw new IllegalArgumentException("unknown command '" + first + "'");
        };
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                return new CommandLine(Command.HELP, null, null, null, null, null, null, null, null);
            }
            if (!OPTIONS.get(command).contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "' for " + first);
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            values.put(option, args.get(++i));
        }
        CommandLine line = new CommandLine(command,
                path(values, "--input", command == Command.SERVE || command == Command.EVALUATE || command == Command.BENCH ? "seeds" : null),
                path(values, "--store", null), number(values, "--port", null, 1, 65535),
                path(values, "--export", null), path(values, "--output", null), path(values, "--gold", null),
                number(values, "--rounds", 3, 1, 100), number(values, "--threads", 1, 1, 64));
        line.requireFor(Command.EXTRACT, line.input, "--input");
        line.requireFor(Command.EXPORT, line.output, "--output");
        line.requireFor(Command.EVALUATE, line.gold, "--gold");
        return line;
    }

    private void requireFor(Command c, Object value, String option) {
        if (command == c && value == null) {
            throw new IllegalArgumentException(c.name().toLowerCase() + " needs " + option);
        }
    }

    private static Path path(Map<String, String> values, String option, String fallback) {
        String value = values.getOrDefault(option, fallback);
        return value == null ? null : Path.of(value);
    }

    /** A whole number option within bounds, {@code fallback} when absent. */
    private static Integer number(Map<String, String> values, String option, Integer fallback, int min, int max) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a whole number from " + min + " to " + max);
        }
    }

    /** Whether the command needs the web server. */
    public boolean web() {
        return command == Command.SERVE;
    }
}
