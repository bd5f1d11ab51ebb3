package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void no_arguments_serve_the_seeds() {
        CommandLine line = CommandLine.parse(List.of());
        assertThat(line.command()).isEqualTo(CommandLine.Command.SERVE);
        assertThat(line.input()).isEqualTo(Path.of("seeds"));
    }

    @Test
    void extract_reads_its_options() {
        CommandLine line = CommandLine.parse(List.of("extract", "--input", "in", "--store", "st", "--export", "g.json"));
        assertThat(line.command()).isEqualTo(CommandLine.Command.EXTRACT);
        assertThat(line.input()).isEqualTo(Path.of("in"));
        assertThat(line.store()).isEqualTo(Path.of("st"));
        assertThat(line.export()).isEqualTo(Path.of("g.json"));
        assertThat(line.web()).isFalse();
    }

    @Test
    void serve_takes_a_port() {
        CommandLine line = CommandLine.parse(List.of("serve", "--port", "9000"));
        assertThat(line.port()).isEqualTo(9000);
        assertThat(line.web()).isTrue();
    }

    @Test
    void evaluate_defaults_to_the_seeds_and_needs_gold() {
        assertThat(CommandLine.parse(List.of("evaluate", "--gold", "g")).input()).isEqualTo(Path.of("seeds"));
        assertThatThrownBy(() -> CommandLine.parse(List.of("evaluate"))).hasMessageContaining("--gold");
    }

    @Test
    void bad_arguments_name_the_problem() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("frobnicate"))).hasMessageContaining("unknown command 'frobnicate'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("extract"))).hasMessageContaining("--input");
        assertThatThrownBy(() -> CommandLine.parse(List.of("export", "--port", "1"))).hasMessageContaining("unknown option '--port'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("serve", "--port", "http"))).hasMessageContaining("--port 'http'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("serve", "--port", "70000"))).hasMessageContaining("--port");
        assertThatThrownBy(() -> CommandLine.parse(List.of("extract", "--input"))).hasMessageContaining("--input needs a value");
    }

    @Test
    void help_wins_anywhere() {
        assertThat(CommandLine.parse(List.of("--help")).command()).isEqualTo(CommandLine.Command.HELP);
        assertThat(CommandLine.parse(List.of("extract", "--help")).command()).isEqualTo(CommandLine.Command.HELP);
    }
}
