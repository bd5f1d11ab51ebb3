package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Which files a shard I/N takes: each file exactly one shard's, by its name alone, in shares of about 1/N. */
class ShardTest {

    private static final List<String> NAMES = IntStream.range(0, 3000)
            .mapToObj(i -> String.format("syn%05d_%s.txt", i, i % 3 == 0 ? "reply" : "fundnews")).toList();

    @Test
    void every_file_belongs_to_exactly_one_shard_in_shares_of_about_one_nth() {
        for (int count : new int[] {1, 2, 3, 7}) {
            for (String name : NAMES) {
                assertThat(IntStream.rangeClosed(1, count).filter(i -> new Shard(i, count).contains(name)).count())
                        .as("shards of %s among %d", name, count).isOne();
            }
            for (int index = 1; index <= count; index++) {
                Shard shard = new Shard(index, count);
                long share = NAMES.stream().filter(shard::contains).count();
                assertThat(share).as("files of shard %s", shard).isBetween(NAMES.size() / count * 8 / 10L, NAMES.size() / count * 12 / 10L);
            }
        }
    }

    @Test
    void the_share_depends_on_the_name_only_so_every_process_agrees() {
        // SHA-256 of the UTF-8 name, its first 8 bytes as a signed number, modulo N (figures from
        // Python's hashlib): fixed, so that processes on other machines and later versions agree.
        assertThat(new Shard(2, 2).contains("a.txt")).isTrue();
        assertThat(new Shard(3, 3).contains("a.txt")).isTrue();
        assertThat(new Shard(1, 2).contains("syn00000_reply.txt")).isTrue();
        assertThat(new Shard(2, 3).contains("syn00000_reply.txt")).isTrue();
        assertThat(new Shard(2, 2).contains("syn00001_fundnews.txt")).isTrue();
        assertThat(new Shard(2, 3).contains("syn00001_fundnews.txt")).isTrue();
        assertThat(Shard.ALL.contains("anything.txt")).isTrue();
        assertThat(Shard.parse(" 2 / 4 ")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("1/1")).isEqualTo(Shard.ALL);
    }

    @Test
    void bad_shards_are_refused_with_the_value() {
        for (String bad : List.of("0/2", "3/2", "1/0", "-1/2", "1", "1/2/3", "a/b", "")) {
            assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'").hasMessageContaining("I/N");
        }
    }
}
