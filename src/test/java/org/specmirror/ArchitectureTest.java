package org.specmirror;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.specmirror");

  @Test
  void modelIsFreeOfFrameworks() {
    noClasses()
        .that().resideInAPackage("org.specmirror.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "com.fasterxml..", "picocli..", "org.apache.lucene..")
        .check(CLASSES);
  }

  @Test
  void stagesDoNotDependOnTheCommandLineOrTheFacade() {
    noClasses()
        .that().resideInAnyPackage("org.specmirror.ingest..", "org.specmirror.extract..", "org.specmirror.model..", "org.specmirror.report..", "org.specmirror.normalise..", "org.specmirror.match..", "org.specmirror.eval..")
        .should().dependOnClassesThat().resideInAnyPackage("org.specmirror.cli..", "picocli..")
        .check(CLASSES);
    noClasses()
        .that().resideInAnyPackage("org.specmirror.ingest..", "org.specmirror.extract..", "org.specmirror.model..", "org.specmirror.normalise..", "org.specmirror.match..")
        .should().dependOnClassesThat().resideInAnyPackage("org.specmirror.app..", "org.specmirror.report..", "org.specmirror.eval..")
        .check(CLASSES);
  }

  @Test
  void extractionDoesNotReadFiles() {
    noClasses()
        .that().resideInAPackage("org.specmirror.extract")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.specmirror.ingest..")
        .check(CLASSES);
  }

  @Test
  void matchingNeitherReadsFilesNorExtracts() {
    noClasses()
        .that().resideInAnyPackage("org.specmirror.match..", "org.specmirror.normalise..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.specmirror.ingest..", "org.specmirror.extract..")
        .check(CLASSES);
  }

  @Test
  void normalisationDoesNotKnowAboutMatching() {
    noClasses()
        .that().resideInAPackage("org.specmirror.normalise..")
        .should().dependOnClassesThat().resideInAnyPackage("org.specmirror.match..")
        .check(CLASSES);
  }
}
