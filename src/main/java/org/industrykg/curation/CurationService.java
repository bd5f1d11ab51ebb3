package org.industrykg.curation;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.industrykg.system.KgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.industrykg.graph.DatabaseAvailability;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Corrections that last: the operations of the curation file ({@code kg.curation-file}) are
 * applied to the graph at start-up and after every extraction, in the file's order, so a
 * re-extraction that brings back a merged name or a rejected edge is corrected again. New
 * operations are checked against the graph, appended to the file and applied at once.
 */
@Service
public class CurationService {

    private static final Logger log = LoggerFactory.getLogger(CurationService.class);

    private final CurationFile file;
    private final Curator curator;
    private final DatabaseAvailability database;
    private volatile Report startUp;

    public CurationService(KgProperties properties, Curator curator, DatabaseAvailability database) {
        this.file = new CurationFile(properties.curationFile());
        this.curator = curator;
        this.database = database;
    }

    /** An operation and what applying it did. */
    public record Applied(CurationOp operation, String outcome) {
    }

    /** What applying the whole file did: how many operations it holds and how many changed something. */
    public record Report(String file, int operations, int changed, String error) {
    }

    /** The curation file with its operations, as a person wrote them. */
    public record Listing(String file, List<CurationOp> operations) {
    }

    /** Likely duplicates in the graph now, as merges for a person to accept. */
    public List<DuplicateFinder.Suggestion> suggestions() {
        return new DuplicateFinder().suggest(curator.candidates());
    }

    /** The path of the curation file. */
    public String path() {
        return file.path().toString();
    }

    /**
     * The operations of the file.
     *
     * @throws IllegalStateException when the file is not valid and must be fixed by hand first
     */
    public Listing list() throws IOException {
        return new Listing(file.path().toString(), validOperations());
    }

    /**
     * Applies the file once the application is up, or once the database answers when it does not
     * yet; a database that fails is logged, not fatal. Not at start with {@link DatabaseAvailability#AT_START}
     * false: the command then calls it when it needs the database.
     */
    @EventListener(classes = ApplicationReadyEvent.class, condition = DatabaseAvailability.AT_START_CONDITION)
    public void applyAtStartUp() {
        if (database.check()) {
            applyNow();
        } else {
            database.whenAvailable(this::applyNow);
        }
    }

    private void applyNow() {
        try {
            startUp = applyAll();
        } catch (RuntimeException e) {
            log.error("curation: {} not applied at start-up: {}", file.path(), e.getMessage());
        }
    }

    /** What applying the file at start-up did, or null before (or when the database failed). */
    public Report startUpReport() {
        return startUp;
    }

    private List<CurationOp> validOperations() throws IOException {
        try {
            return file.read();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The curation file must be fixed first: " + e.getMessage(), e);
        }
    }

    /**
     * Applies every operation of the file in order. A file that cannot be read or is not valid is
     * reported (in the log and the report) and nothing of it is applied.
     */
    public synchronized Report applyAll() {
        List<CurationOp> ops;
        try {
            ops = file.read();
        } catch (IOException | IllegalArgumentException e) {
            log.error("curation: {} not applied: {}", file.path(), e.getMessage());
            return new Report(file.path().toString(), 0, 0, e.getMessage());
        }
        int changed = 0;
        for (CurationOp op : ops) {
            if (!curator.apply(op).startsWith("nothing to do")) {
                changed++;
            }
        }
        if (!ops.isEmpty()) {
            log.info("curation: {} operation(s) of {} applied, {} changed the graph", ops.size(), file.path(), changed);
        }
        return new Report(file.path().toString(), ops.size(), changed, null);
    }

    /**
     * Checks an operation (its form, and that its keys and, for reject-edge, its edge are in the
     * graph), appends it to the file and applies it.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     * @throws IllegalStateException when the curation file is not valid and must be fixed by hand first
     */
    public synchronized Applied add(Map<String, ?> fields) throws IOException {
        CurationOp op = CurationOp.of(fields, "Field");
        for (Map.Entry<String, String> key : op.keys().entrySet()) {
            if (!curator.exists(key.getValue())) {
                throw new IllegalArgumentException("Field '" + key.getKey() + "': no entity with key '" + key.getValue() + "'");
            }
        }
        if (op.op() == CurationOp.Kind.REJECT_EDGE && !curator.hasEdge(op.source(), op.type(), op.target())) {
            throw new IllegalArgumentException("Fields 'source', 'type', 'target': no " + op.type() + " edge from '"
                    + op.source() + "' to '" + op.target() + "'");
        }
        validOperations();
        CurationOp stamped = op.at(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        file.append(stamped);
        return new Applied(stamped, curator.apply(stamped));
    }
}
