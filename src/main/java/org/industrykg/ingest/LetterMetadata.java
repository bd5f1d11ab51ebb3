package org.industrykg.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * The letterhead facts of an official letter. Every field but {@code cc} may be null (a news page
 * has none of them); {@code cc} is empty when there is no 抄送 line.
 *
 * @param docNumber document number as written, e.g. 中工信函〔2025〕107号
 * @param issuer    issuing organisation, e.g. 株洲市工业和信息化局
 * @param date      signing date
 * @param recipient addressee without the trailing colon, e.g. 民盟长沙市委
 * @param cc        bodies on the 抄送 line, in order
 * @param title     document title, or the headline of a page without letterhead
 */
public record LetterMetadata(String docNumber, String issuer, LocalDate date, String recipient,
        List<String> cc, String title) {

    public LetterMetadata {
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
