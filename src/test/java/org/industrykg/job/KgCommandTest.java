package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ./kg command line: what each command line launches, and how bad arguments are refused. */
class KgCommandTest {

    /** Runs ./kg with these arguments; commands that need the application are recorded instead of started. */
    private static final class Kg {
        final List<KgCommand.AppCommand> launched = new ArrayList<>();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int status;

        Kg(String... args) {
            CommandLine line = KgCommand.commandLine(command -> {
                launched.add(command);
                return 0;
            });
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            status = line.execute(args);
        }

        <T> T only(Class<T> type) {
            assertThat(status).as("exit status, stderr: %s", err).isZero();
            assertThat(launched).hasSize(1);
            return type.cast(launched.get(0));
        }

        /** The first line of the error output, which must name the problem. */
        String error() {
            return err.toString().lines().findFirst().orElse("");
        }
    }

    @Test
    void no_arguments_serve_the_seeds() {
        KgCommand.Serve serve = new Kg().only(KgCommand.Serve.class);
        assertThat(serve.input()).isEqualTo(Path.of("seeds"));
        assertThat(serve.port()).isNull();
        assertThat(serve.web()).isTrue();
        assertThat(serve.springArguments()).isEmpty();
    }

    @Test
    void options_without_a_command_are_options_of_serve() {
        KgCommand.Serve serve = new Kg("--port", "9090").only(KgCommand.Serve.class);
        assertThat(serve.input()).isEqualTo(Path.of("seeds"));
        assertThat(serve.port()).isEqualTo(9090);
        assertThat(serve.springArguments()).containsExactly("--server.port=9090");

        KgCommand.Serve joined = new Kg("--port=9091", "--store=st").only(KgCommand.Serve.class);
        assertThat(joined.port()).isEqualTo(9091);
        assertThat(joined.springArguments()).containsExactly("--kg.store=st", "--server.port=9091");
    }

    @Test
    void serve_takes_its_options_in_both_spellings(@TempDir Path docs) {
        KgCommand.Serve serve = new Kg("serve", "--input=" + docs, "--port", "9000").only(KgCommand.Serve.class);
        assertThat(serve.input()).isEqualTo(docs);
        assertThat(serve.port()).isEqualTo(9000);
    }

    @Test
    void curate_applies_the_file_or_suggests_merges_in_the_store_given() {
        KgCommand.Curate apply = new Kg("curate").only(KgCommand.Curate.class);
        assertThat(apply.suggest()).isFalse();
        assertThat(apply.web()).isFalse();
        KgCommand.Curate suggest = new Kg("curate", "--suggest", "--store", "st").only(KgCommand.Curate.class);
        assertThat(suggest.suggest()).isTrue();
        assertThat(suggest.springArguments()).containsExactly("--kg.store=st");
    }

    @Test
    void extract_reads_its_options_and_does_not_serve(@TempDir Path in) {
        KgCommand.Extract extract = new Kg("extract", "--input=" + in, "--store", "st", "--export", "g.json")
                .only(KgCommand.Extract.class);
        assertThat(extract.input).isEqualTo(in);
        assertThat(extract.export).isEqualTo(Path.of("g.json"));
        assertThat(extract.web()).isFalse();
        assertThat(extract.springArguments()).containsExactly("--kg.store=st", "--kg.database-at-start=false");
    }

    @Test
    void extract_takes_prune_and_keep_version(@TempDir Path in) {
        KgCommand.Extract plain = new Kg("extract", "--input", in.toString()).only(KgCommand.Extract.class);
        assertThat(plain.prune).isFalse();
        assertThat(plain.keepVersion).isFalse();
        KgCommand.Extract both = new Kg("extract", "--input", in.toString(), "--prune", "--keep-version")
                .only(KgCommand.Extract.class);
        assertThat(both.prune).isTrue();
        assertThat(both.keepVersion).isTrue();
    }

    @Test
    void extract_takes_a_shard_and_extracts_every_file_without_one(@TempDir Path in) {
        assertThat(new Kg("extract", "--input", in.toString()).only(KgCommand.Extract.class).shard).isEqualTo(Shard.ALL);
        KgCommand.Extract second = new Kg("extract", "--input", in.toString(), "--shard", "2/3").only(KgCommand.Extract.class);
        assertThat(second.shard).isEqualTo(new Shard(2, 3));
    }

    @Test
    void remove_takes_file_names_or_paths_and_needs_one() {
        KgCommand.Remove remove = new Kg("remove", "a.txt", "seeds/b.txt", "a.txt", "--store", "st").only(KgCommand.Remove.class);
        assertThat(remove.fileNames()).containsExactly("a.txt", "b.txt");
        assertThat(remove.springArguments()).containsExactly("--kg.store=st");
        assertThat(remove.web()).isFalse();
        assertRefused(new Kg("remove"), "FILE");
    }

    @Test
    void export_needs_an_output_file() {
        KgCommand.Export export = new Kg("export", "--output", "graph.json").only(KgCommand.Export.class);
        assertThat(export.output).isEqualTo(Path.of("graph.json"));
        assertThat(export.format).isEqualTo(org.industrykg.graph.ExportFormat.JSON);
        assertThat(export.springArguments()).isEmpty();
        KgCommand.Export graphml = new Kg("export", "--format=graphml", "--output", "g.graphml").only(KgCommand.Export.class);
        assertThat(graphml.format).isEqualTo(org.industrykg.graph.ExportFormat.GRAPHML);
    }

    @Test
    void evaluate_defaults_to_the_eval_folder_and_a_temporary_store(@TempDir Path gold, @TempDir Path in) throws Exception {
        KgCommand.Evaluate evaluate = (KgCommand.Evaluate) KgCommand.commandLine(command -> 0).parseArgs("evaluate")
                .subcommand().commandSpec().userObject();
        assertThat(evaluate.gold()).isEqualTo(Path.of("eval/gold"));
        assertThat(evaluate.input()).isEqualTo(Path.of("eval/docs"));
        assertThat(evaluate.misses()).isFalse();
        List<String> spring = evaluate.springArguments();
        assertThat(spring).contains("--kg.bolt-port=0");
        Path store = Path.of(spring.get(0).substring("--kg.store=".length()));
        assertThat(store).isDirectory();
        Files.delete(store);

        KgCommand.Evaluate explicit = new Kg("evaluate", "--gold=" + gold, "--input", in.toString(), "--store", "st", "--misses")
                .only(KgCommand.Evaluate.class);
        assertThat(explicit.gold()).isEqualTo(gold);
        assertThat(explicit.input()).isEqualTo(in);
        assertThat(explicit.misses()).isTrue();
        assertThat(explicit.springArguments()).containsExactly("--kg.store=st");
    }

    @Test
    void bench_has_bounded_defaults() {
        CommandLine line = KgCommand.commandLine(command -> 0);
        KgCommand.Bench bench = (KgCommand.Bench) line.parseArgs("bench", "--rounds=5").subcommand()
                .commandSpec().userObject();
        assertThat(bench.input).isEqualTo(Path.of("seeds"));
        assertThat(bench.rounds).isEqualTo(5);
        assertThat(bench.threads).isEqualTo(1);
    }

    @Test
    void bench_queries_and_synth_graph_start_the_application() {
        KgCommand.BenchQueries bench = new Kg("bench", "queries", "--store", "g", "--report", "r.json", "--rounds", "7")
                .only(KgCommand.BenchQueries.class);
        assertThat(bench.rounds()).isEqualTo(7);
        assertThat(bench.webServer()).isTrue();
        assertThat(bench.web()).isFalse();
        assertThat(bench.springArguments()).contains("--kg.store=g", "--server.port=0");

        KgCommand.Synth synth = new Kg("synth", "--graph", "1000", "--store", "g").only(KgCommand.Synth.class);
        assertThat(synth.relationships()).isEqualTo(1000);
        assertThat(synth.springArguments()).containsExactly("--kg.store=g");
    }

    @Test
    void bad_arguments_give_one_line_naming_the_problem_then_usage_and_status_2() {
        assertRefused(new Kg("frobnicate"), "'frobnicate'");
        assertRefused(new Kg("extract"), "--input");
        assertRefused(new Kg("export", "--port", "1"), "'--port'");
        assertRefused(new Kg("serve", "--port", "http"), "--port", "'http' is not a whole number from 1 to 65535");
        assertRefused(new Kg("--port=70000"), "--port", "'70000' is not a whole number from 1 to 65535");
        assertRefused(new Kg("bench", "--rounds", "0"), "--rounds", "from 1 to 100");
        assertRefused(new Kg("bench", "--threads=65"), "--threads", "from 1 to 64");
        assertRefused(new Kg("synth", "--docs", "0", "--output", "x"), "--docs", "from 1 to 1000000");
        assertRefused(new Kg("synth", "--docs", "5"), "--output");
        assertRefused(new Kg("synth", "--docs", "5", "--graph", "9", "--output", "x"), "either --docs N --output DIR or --graph R");
        assertRefused(new Kg("synth", "--graph", "9", "--output", "x"), "--output goes with --docs");
        assertRefused(new Kg("bench", "queries", "--store", "g"), "--report");
        assertRefused(new Kg("export", "--format", "xlsx", "--output", "x"), "--format", "json, graphml, csv");
        assertRefused(new Kg("extract", "--input"), "--input");
        assertRefused(new Kg("extract", "--input", "in", "--shard", "3/2"), "--shard", "'3/2' is not I/N with 1 <= I <= N");
        assertRefused(new Kg("extract", "--input", "in", "--shard", "0/2"), "--shard", "'0/2' is not I/N");
        assertRefused(new Kg("extract", "--input", "in", "--shard", "half"), "--shard", "'half' is not I/N");
        assertRefused(new Kg("--port", "9090", "extract", "--input", "in"), "'--port' comes before the command 'extract'");
    }

    @Test
    void a_missing_input_folder_is_refused_before_anything_starts(@TempDir Path gold) {
        Path missing = gold.resolve("missing");
        assertRefused(new Kg("evaluate", "--gold", missing.toString()), "'--gold'", missing + " is not a folder");
        assertRefused(new Kg("evaluate", "--gold", gold.toString(), "--input", missing.toString()), "'--input'", "is not a folder");
        assertRefused(new Kg("extract", "--input=" + missing), "'--input'", "is not a folder");
        assertRefused(new Kg("--input", missing.toString()), "'--input'", "is not a folder");
    }

    private static void assertRefused(Kg kg, String... named) {
        assertThat(kg.status).isEqualTo(2);
        assertThat(kg.launched).isEmpty();
        assertThat(kg.error()).startsWith("kg: ").contains(named);
        assertThat(kg.err.toString()).contains("Usage: kg");
    }

    @Test
    void help_is_generated_from_the_options_and_starts_nothing() {
        Kg help = new Kg("--help");
        assertThat(help.status).isZero();
        assertThat(help.launched).isEmpty();
        assertThat(help.out.toString()).contains("Usage: kg", "serve", "extract", "remove", "export", "evaluate", "bench", "--port=N");

        Kg extractHelp = new Kg("extract", "--help");
        assertThat(extractHelp.launched).isEmpty();
        assertThat(extractHelp.out.toString()).contains("Usage: kg extract", "--export=FILE");

        Kg evaluateHelp = new Kg("help", "evaluate");
        assertThat(evaluateHelp.out.toString()).contains("--misses", "default: eval/gold");
    }
}
