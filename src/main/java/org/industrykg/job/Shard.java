package org.industrykg.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The share of a folder's files that one of {@code count} processes extracts ({@code ./kg extract
 * --shard I/N}): a file belongs to shard {@code index} when the SHA-256 of its name, read as a
 * number, leaves {@code index - 1} divided by {@code count}. The share depends on the name alone,
 * so every process and machine agrees on it without talking to the others, every file falls in
 * exactly one shard, and a file keeps its shard when others are added or removed.
 *
 * @param index 1 to {@code count}
 * @param count how many processes share the files
 */
public record Shard(int index, int count) {

    /** Every file: the run of a single process. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not I/N with 1 <= I <= N");
        }
    }

    /** Parses {@code I/N}, e.g. {@code 2/4}; a bad value is refused with a message that quotes it. */
    public static Shard parse(String value) {
        String[] parts = value.strip().split("/", -1);
        if (parts.length == 2) {
            try {
                int index = Integer.parseInt(parts[0].strip());
                int count = Integer.parseInt(parts[1].strip());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not I/N with 1 <= I <= N, e.g. 1/2");
    }

    /** Whether the file of this name (relative to the input folder) is this shard's to extract. */
    public boolean contains(String fileName) {
        return count == 1 || Math.floorMod(hash(fileName), (long) count) == index - 1;
    }

    private static long hash(String fileName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
