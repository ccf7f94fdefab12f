package org.practitionersforum.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practitionersforum.buildchecks.fixtures.acyclic.a.Upper;
import org.practitionersforum.buildchecks.fixtures.acyclic.b.Lower;
import org.practitionersforum.buildchecks.fixtures.cycle.a.A;
import org.practitionersforum.buildchecks.fixtures.cycle.b.B;
import org.practitionersforum.buildchecks.fixtures.drivers.ExposesDrivers;
import org.practitionersforum.buildchecks.fixtures.drivers.KeepsDriversOut;
import org.practitionersforum.buildchecks.fixtures.exposure.ExposesInternal;
import org.practitionersforum.buildchecks.fixtures.exposure.KeepsInternal;
import org.practitionersforum.buildchecks.fixtures.exposure.internal.Secret;
import org.practitionersforum.buildchecks.fixtures.exposure.unpublished.NotExported;
import org.practitionersforum.buildchecks.fixtures.sql.ExposesJdbc;
import org.practitionersforum.buildchecks.fixtures.sql.KeepsJdbcInside;
import org.practitionersforum.core.archfixture.CoreService;
import org.practitionersforum.jdbc.archfixture.ReachesIntoCore;
import org.practitionersforum.jdbc.archfixture.StaysOnApi;

/**
 * Each shared architecture rule fails on a class that breaks it on purpose, naming what broke it,
 * and passes on one that keeps it.
 */
class ArchitectureRulesTest {
  private static final String FIXTURES = "org.practitionersforum.buildchecks.fixtures";

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(classes(classes));
  }

  @Test
  void jdbcDependingOnCoreFails() {
    // As in forum-jdbc's own test, the core class is not among the classes imported.
    EvaluationResult result =
        evaluate(ArchitectureRules.jdbcDoesNotDependOnCore(), ReachesIntoCore.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(
            d ->
                d.contains(ReachesIntoCore.class.getName() + ".call()")
                    && d.contains(CoreService.class.getName()));
  }

  @Test
  void jdbcOnItsOwnPasses() {
    EvaluationResult result =
        evaluate(ArchitectureRules.jdbcDoesNotDependOnCore(), StaysOnApi.class, CoreService.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void cycleBetweenFeaturePackagesFails() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURES + ".cycle"),
            A.class,
            B.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("feature package 'a'", "feature package 'b'");
  }

  @Test
  void exceptedDependencyBreaksTheCycle() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURES + ".cycle")
                .ignoreDependency(B.class, A.class),
            A.class,
            B.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void featurePackagesWithoutCyclePass() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURES + ".acyclic"),
            Upper.class,
            Lower.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void internalTypeInAPublishedSignatureFails() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.internalTypesStayInternal(PublishedPackages.everyPackage()),
            ExposesInternal.class,
            Secret.class);

    assertThat(result.hasViolation()).isTrue();
    String report = result.getFailureReport().toString();
    String type = ExposesInternal.class.getName();
    assertThat(report)
        .contains(
            "Class <" + type + "> extending",
            "Class <" + type + "> implementing",
            "Field <" + type + ".field>",
            "Constructor <" + type + ".<init>(" + Secret.class.getName() + ")>",
            "Method <" + type + ".get()>",
            "Method <" + type + ".first([L" + Secret.class.getName() + ";)>",
            "internal type <" + Secret.class.getName() + ">");
    // The superclass, the interface, the field, the constructor, get(), and first() once though
    // its parameter, return type and type parameter all name the internal type.
    assertThat(result.getFailureReport().getDetails()).hasSize(6);
  }

  @Test
  void internalTypeOutOfTheApiPasses() {
    EvaluationResult result =
        evaluate(
            ArchitectureRules.internalTypesStayInternal(PublishedPackages.everyPackage()),
            KeepsInternal.class,
            KeepsInternal.class.getDeclaredClasses()[0],
            Secret.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void internalTypeInAPackageTheModuleDoesNotExportPasses() {
    PublishedPackages exported =
        PublishedPackages.exportedBy(
            ModuleDescriptor.newModule("fixtures")
                .exports(FIXTURES + ".exposure")
                .packages(Set.of(FIXTURES + ".exposure.unpublished"))
                .build());
    JavaClasses classes = classes(NotExported.class, ExposesInternal.class, Secret.class);

    EvaluationResult result =
        ArchitectureRules.internalTypesStayInternal(exported).evaluate(classes);

    assertThat(result.getFailureReport().toString())
        .contains(ExposesInternal.class.getName())
        .doesNotContain(NotExported.class.getName());
  }

  @Test
  void jdbcTypeInAPublicSignatureFails() {
    EvaluationResult result =
        evaluate(ArchitectureRules.noJdbcTypesInPublicSignatures(), ExposesJdbc.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains(
            "JDBC type <javax.sql.DataSource>",
            "JDBC type <java.sql.Connection>",
            "JDBC type <java.sql.SQLException>");
  }

  @Test
  void jdbcInsideMethodBodiesPasses() {
    EvaluationResult result =
        evaluate(ArchitectureRules.noJdbcTypesInPublicSignatures(), KeepsJdbcInside.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void driverTypeInAPublicSignatureFails() {
    EvaluationResult result =
        evaluate(ArchitectureRules.noDriverTypesInPublicSignatures(), ExposesDrivers.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains(
            "JDBC driver type <org.h2.jdbc.JdbcConnection>",
            "JDBC driver type <org.postgresql.PGConnection>",
            "JDBC driver type <org.mariadb.jdbc.MariaDbDataSource>");
  }

  @Test
  void anyDataSourcePasses() {
    EvaluationResult result =
        evaluate(ArchitectureRules.noDriverTypesInPublicSignatures(), KeepsDriversOut.class);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }
}
