package org.industrykg.ingest;

/**
 * A file that cannot be read as text: empty, binary, or in an encoding that is neither UTF-8
 * nor GB18030. The message is {@code "<fileName>: <reason>"}.
 */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public UnreadableFileException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
