package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An extraction killed with SIGKILL in the middle of a run, then run again, gives exactly the graph of
 * an uninterrupted run; and {@code --prune} removes the documents that left the folder. The killed and
 * the repeated run are the real CLI ({@code KgApplication extract}) in processes of their own; the
 * uninterrupted run is this JVM's job on a store of its own (a Spring context apart from the seeds').
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractionCrashTest extends OwnStoreTest {

    /** Five documents of a few thousand characters: the run takes a few seconds after the models are loaded. */
    private static final List<String> DOCUMENTS = List.of("d01_foshan_robot_measures.txt", "d02_zhuhai_proposal_reply.txt",
            "d03_humanoid_fund_roundup.txt", "d04_zhongshan_shenzhen_towns.txt", "d05_nansha_joint_labs.txt");

    @Autowired
    private ExtractionJob job;
    @Autowired
    private GraphReader reader;
    @Autowired
    private ObjectMapper json;

    private static Path documents(Path folder) throws IOException {
        for (String name : DOCUMENTS) {
            Files.copy(Path.of("eval/docs", name), folder.resolve(name));
        }
        return folder;
    }

    @Test
    @Order(1)
    void a_run_killed_mid_way_and_run_again_gives_the_graph_of_an_uninterrupted_run(@TempDir Path work) throws Exception {
        Path input = documents(Files.createDirectory(work.resolve("input")));
        Path store = work.resolve("store");
        Path export = work.resolve("graph.json");

        // Each document in a transaction of its own as soon as the next is not ready, as a slow run would
        // write them, and one annotation thread (with two, the next documents can be annotated and
        // written before the kill lands), so that the run is killed with some of them written and some not.
        Process killed = kg(work, Map.of("KG_EXTRACTBATCHSECONDS", "0", "KG_EXTRACTTHREADS", "1"), "extract", "--input",
                input.toString(), "--store", store.toString());
        List<String> output = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.add(line);
                if (line.contains("[1/" + DOCUMENTS.size() + "] extracted")) {
                    killed.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        System.out.println("The run that was killed:\n" + String.join("\n", output));
        assertThat(output).as("output of the run that was killed").anyMatch(line -> line.contains("[1/" + DOCUMENTS.size() + "] extracted"));
        assertThat(killed.exitValue()).as("killed, not finished: %s", output).isEqualTo(137);

        Process again = kg(work, Map.of(), "extract", "--input", input.toString(), "--store", store.toString(), "--export", export.toString());
        String rerun = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        System.out.println("The run again:\n" + rerun);
        assertThat(again.exitValue()).as(rerun).isZero();
        // The killed run had stored at least the first document, and not all of them.
        assertThat(rerun).containsPattern(DOCUMENTS.size() + " files: [1-" + (DOCUMENTS.size() - 1) + "] loaded, [1-9][0-9]* unchanged");

        JobReport uninterrupted = job.run(input, quiet());
        assertThat(uninterrupted.failures()).isEmpty();
        assertThat(comparable(json.readValue(export.toFile(), GraphExport.class))).isEqualTo(comparable(reader.export()));
    }

    @Test
    @Order(2)
    void prune_removes_the_documents_that_left_the_folder_and_only_what_they_said(@TempDir Path work) throws IOException {
        Path input = documents(Files.createDirectory(work.resolve("input")));
        job.run(input, quiet());
        for (String name : DOCUMENTS.subList(1, DOCUMENTS.size())) {
            Files.delete(input.resolve(name));
        }
        JobReport pruned = job.run(input, quiet(), new ExtractionJob.Options(true, false));
        assertThat(pruned.removed()).extracting(r -> r.document()).containsExactlyElementsOf(DOCUMENTS.subList(1, DOCUMENTS.size()));
        assertThat(pruned.removed()).allSatisfy(r -> assertThat(r.evidenceItems()).isPositive());
        assertThat(pruned.skipped()).isEqualTo(1);

        GraphExport graph = reader.export();
        String kept = DOCUMENTS.get(0);
        assertThat(graph.nodes()).filteredOn(n -> n.label().equals("Document")).extracting(GraphExport.Node::name)
                .allMatch(name -> !DOCUMENTS.subList(1, DOCUMENTS.size()).contains(name));
        assertThat(graph.nodes()).filteredOn(n -> !n.label().equals("Document")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.documents()).containsExactly(kept));
        assertThat(graph.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.evidence())
                .allSatisfy(ev -> assertThat(ev.document()).isIn(kept, org.industrykg.extract.IndustryTaxonomy.SOURCE)));
    }

    /** Starts {@code KgApplication} with the test classpath in a JVM of its own, output and errors merged. */
    private static Process kg(Path work, Map<String, String> environment, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-XX:+UseParallelGC", "-cp", classpath));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dfile.encoding")).forEach(command::add);
        command.add("org.industrykg.KgApplication");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        builder.environment().put("KG_BOLTPORT", "0");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
