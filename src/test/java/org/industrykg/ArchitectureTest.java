package org.industrykg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md §2: stages know nothing of HTTP, the web layer nothing of CoreNLP. */
@AnalyzeClasses(packages = "org.industrykg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule web_does_not_reach_into_nlp_or_extraction_internals = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..nlp..", "edu.stanford.nlp..");

    @ArchTest
    static final ArchRule nlp_knows_nothing_of_neo4j_or_http = noClasses()
            .that().resideInAnyPackage("..nlp..", "..extract..", "..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.springframework.web..",
                    "..graph..", "..web..", "..job..");

    @ArchTest
    static final ArchRule stages_know_nothing_of_the_web_layer = noClasses()
            .that().resideInAnyPackage("..graph..", "..job..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..");

    @ArchTest
    static final ArchRule only_nlp_uses_corenlp = noClasses()
            .that().resideOutsideOfPackage("..nlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..");
}
