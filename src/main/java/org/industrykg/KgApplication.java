package org.industrykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.industrykg.job.Benchmark;
import org.industrykg.job.CommandLine;
import org.industrykg.job.CommandRunner;
import org.industrykg.system.KgProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** Entry point of {@code ./kg}: parses the command line, then starts Spring for that command. */
@SpringBootApplication
@EnableConfigurationProperties(KgProperties.class)
public class KgApplication {

    public static void main(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("kg: " + e.getMessage());
            System.err.println();
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (line.command() == CommandLine.Command.HELP) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (line.command() == CommandLine.Command.BENCH) {
            System.exit(bench(line));
        }
        SpringApplication app = new SpringApplication(KgApplication.class);
        app.setWebApplicationType(line.web() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArguments(line));
        } catch (RuntimeException e) {
            // Spring Boot has reported why it could not start.
            System.exit(1);
            return;
        }
        int status = context.getBean(CommandRunner.class).run(line);
        if (!line.web() || status != 0) {
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** The benchmark needs no database, so it runs without Spring. */
    private static int bench(CommandLine line) {
        try {
            Benchmark.run(line.input(), line.rounds(), line.threads(), System.out);
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("kg: " + e.getMessage());
            return 2;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            System.err.println("kg: benchmark failed: " + e);
            return 1;
        }
    }

    private static Path temporaryStore() {
        try {
            Path store = Files.createTempDirectory("kg-evaluate");
            store.toFile().deleteOnExit();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary store", e);
        }
    }

    /** The options that are Spring properties, passed so that they win over application.properties. */
    private static String[] springArguments(CommandLine line) {
        List<String> arguments = new ArrayList<>();
        if (line.store() != null) {
            arguments.add("--kg.store=" + line.store());
        } else if (line.command() == CommandLine.Command.EVALUATE) {
            arguments.add("--kg.store=" + temporaryStore());
            arguments.add("--kg.bolt-port=0");
        }
        if (line.port() != null) {
            arguments.add("--server.port=" + line.port());
        }
        return arguments.toArray(String[]::new);
    }
}
