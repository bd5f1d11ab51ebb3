package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.industrykg.curation.CurationService;
import org.industrykg.extract.DocumentExtractor;
import org.industrykg.graph.GraphReader;
import org.industrykg.graph.GraphWriter;
import org.industrykg.system.EmbeddedNeo4jConfiguration;
import org.industrykg.system.KgProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Extraction as several processes run it: shards of one folder extracting at once into one served
 * database, each through a driver of its own over Bolt (the embedded server standing in for an
 * external Neo4j); and a re-run of an unchanged folder, which must not ask for the NLP models.
 */
class ShardedExtractionTest extends OwnStoreTest {

    @Autowired
    private ExtractionJob job;
    @Autowired
    private GraphReader reader;
    @Autowired
    private EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j;
    @Autowired
    private ObjectProvider<DocumentExtractor> extractor;
    @Autowired
    private KgProperties properties;
    @Autowired
    private DocumentTimeLimit timeLimit;
    @Autowired
    private CurationService curation;

    private static Path corpus(Path dir, int documents) throws IOException {
        new SyntheticCorpus(7).write(documents, dir, new PrintStream(PrintStream.nullOutputStream()));
        return dir.resolve("docs");
    }

    /** A job of another process: its own driver to the served database, and an extractor that counts its loads. */
    private ExtractionJob jobOf(Driver driver, AtomicInteger modelLoads) {
        return new ExtractionJob(new GraphWriter(driver), new CountingProvider(extractor, modelLoads), properties, timeLimit,
                curation);
    }

    @Test
    void two_shards_extracting_at_once_into_one_served_database_give_the_graph_of_a_single_run(@TempDir Path dir)
            throws Exception {
        Path input = corpus(dir, 24);
        JobReport single = job.run(input, quiet());
        assertThat(single.failures()).isEmpty();
        assertThat(single.loaded()).isEqualTo(24);
        List<String> expected = comparable(reader.export());
        emptyTheStore();

        AtomicInteger loads = new AtomicInteger();
        ExecutorService processes = Executors.newFixedThreadPool(2);
        try (Driver first = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
             Driver second = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            CountDownLatch start = new CountDownLatch(2);
            Future<JobReport> one = processes.submit(() -> run(jobOf(first, loads), input, new Shard(1, 2), start));
            Future<JobReport> two = processes.submit(() -> run(jobOf(second, loads), input, new Shard(2, 2), start));
            JobReport a = one.get();
            JobReport b = two.get();
            assertThat(a.failures()).isEmpty();
            assertThat(b.failures()).isEmpty();
            assertThat(a.loaded()).isPositive();
            assertThat(b.loaded()).isPositive();
            assertThat(a.total() + b.total()).isEqualTo(24);
            assertThat(a.loaded() + b.loaded()).isEqualTo(24);
        } finally {
            processes.shutdownNow();
        }
        assertThat(comparable(reader.export())).isEqualTo(expected);

        // Each shard re-run finds its own files unchanged; the other shard's are not its business.
        try (Driver first = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            JobReport again = run(jobOf(first, loads), input, new Shard(1, 2));
            assertThat(again.loaded()).isZero();
            assertThat(again.skipped()).isEqualTo(again.total()).isLessThan(24);
        }
    }

    @Test
    void an_unchanged_folder_runs_again_without_asking_for_the_models_and_a_changed_file_asks_once(@TempDir Path dir)
            throws IOException {
        Path input = corpus(dir, 6);
        AtomicInteger loads = new AtomicInteger();
        ExtractionJob counted = jobOf(driver, loads);
        assertThat(counted.run(input, quiet()).loaded()).isEqualTo(6);
        assertThat(loads).as("models asked for by the first run").hasValue(1);

        loads.set(0);
        JobReport unchanged = jobOf(driver, loads).run(input, quiet());
        assertThat(unchanged.skipped()).isEqualTo(6);
        assertThat(unchanged.warmUpSeconds()).isZero();
        assertThat(loads).as("models asked for by a run of unchanged files").hasValue(0);

        try (var files = Files.list(input)) {
            Path changed = files.sorted().findFirst().orElseThrow();
            Files.writeString(changed, Files.readString(changed) + "\n另外，该项目已于今年投产。\n");
        }
        JobReport one = jobOf(driver, loads).run(input, quiet());
        assertThat(one.loaded()).isEqualTo(1);
        assertThat(one.skipped()).isEqualTo(5);
        assertThat(loads).as("models asked for by a run with one changed file").hasValue(1);
    }

    /** Runs the shard once the other one is ready to start too. */
    private static JobReport run(ExtractionJob job, Path input, Shard shard, CountDownLatch start) throws Exception {
        start.countDown();
        start.await();
        return run(job, input, shard);
    }

    private static JobReport run(ExtractionJob job, Path input, Shard shard) {
        try {
            return job.run(input, quiet(), new ExtractionJob.Options(false, false, shard));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's extractor, counting how often a job asks for it (which loads the models on first use). */
    private record CountingProvider(ObjectProvider<DocumentExtractor> real, AtomicInteger asked)
            implements ObjectProvider<DocumentExtractor> {

        @Override
        public DocumentExtractor getObject() {
            asked.incrementAndGet();
            return real.getObject();
        }

        @Override
        public DocumentExtractor getObject(Object... args) {
            asked.incrementAndGet();
            return real.getObject(args);
        }

        @Override
        public DocumentExtractor getIfAvailable() {
            asked.incrementAndGet();
            return real.getIfAvailable();
        }

        @Override
        public DocumentExtractor getIfUnique() {
            asked.incrementAndGet();
            return real.getIfUnique();
        }
    }
}
