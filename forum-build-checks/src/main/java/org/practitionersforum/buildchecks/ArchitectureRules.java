package org.practitionersforum.buildchecks;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The architecture rules of the published modules, shared by their {@code ArchitectureTest}s. Each
 * method returns a new ArchUnit rule, to be checked against a module's main classes (see {@link
 * ModuleClasses}). A rule that finds a violation fails with every violation it found.
 */
public final class ArchitectureRules {
  /** The packages of forum-core. */
  public static final String CORE_PACKAGES = "org.practitionersforum.core..";

  /** The packages of forum-jdbc. */
  public static final String JDBC_PACKAGES = "org.practitionersforum.jdbc..";

  /** Packages that are not part of any API, whatever their types' modifiers say. */
  public static final String INTERNAL_PACKAGES = "..internal..";

  private ArchitectureRules() {}

  /**
   * No class of forum-jdbc depends on forum-core: the JDBC storage implements the SPI of forum-api,
   * and forum-core is one host of that SPI, not a dependency of it.
   *
   * @return the rule
   */
  public static ArchRule jdbcDoesNotDependOnCore() {
    return noClasses()
        .that()
        .resideInAPackage(JDBC_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(CORE_PACKAGES)
        .because("forum-jdbc implements forum-api's storage SPI and must run without forum-core");
  }

  /**
   * The feature packages of a module, each package directly under its root with every package below
   * it, depend on each other without a cycle. Classes in the root package itself belong to no
   * feature. A module may except a dependency it documents with {@link SliceRule#ignoreDependency}.
   * A module with no package below its root has no features, and the rule fails there for checking
   * nothing, as every ArchUnit rule does by default.
   *
   * @param rootPackage the module's root package, such as {@code org.practitionersforum.core}
   * @return the rule
   */
  public static SliceRule featurePackagesAreFreeOfCycles(String rootPackage) {
    return slices()
        .matching(rootPackage + ".(*)..")
        .namingSlices("feature package '$1'")
        .should()
        .beFreeOfCycles()
        .because("a feature is read, changed and tested on its own");
  }

  /**
   * No published type exposes a type from an internal package in its public or protected signature:
   * internal types may change in any release, so an API must not make hosts name them.
   *
   * @param published the packages the module publishes
   * @return the rule
   */
  public static ArchRule internalTypesStayInternal(PublishedPackages published) {
    return classes()
        .that(arePublishedIn(published))
        .should(exposeNo(resideInAPackage(INTERNAL_PACKAGES).as("internal type")))
        .because("internal types may change in any release");
  }

  /**
   * No type visible outside its package, internal or not, names a JDBC type ({@code java.sql},
   * {@code javax.sql}) in its public or protected signature. For every module but forum-jdbc: only
   * the JDBC storage speaks JDBC.
   *
   * @return the rule
   */
  public static ArchRule noJdbcTypesInPublicSignatures() {
    return classes()
        .that(areVisible())
        .should(exposeNo(resideInAnyPackage("java.sql..", "javax.sql..").as("JDBC type")))
        .because("only forum-jdbc speaks JDBC; the other modules run on any storage");
  }

  /**
   * No type visible outside its package, internal or not, names a type of a JDBC driver (H2,
   * PostgreSQL, MariaDB) in its public or protected signature: the SDK runs on whichever driver the
   * host chooses.
   *
   * @return the rule
   */
  public static ArchRule noDriverTypesInPublicSignatures() {
    return classes()
        .that(areVisible())
        .should(
            exposeNo(
                resideInAnyPackage("org.h2..", "org.postgresql..", "org.mariadb..")
                    .as("JDBC driver type")))
        .because("the SDK takes any DataSource and must not tie a host to one driver");
  }

  /**
   * Selects the types that a module publishes: visible types in its published packages.
   *
   * @param published the packages the module publishes
   * @return the predicate
   */
  public static DescribedPredicate<JavaClass> arePublishedIn(PublishedPackages published) {
    return DescribedPredicate.describe(
        "are published in " + published,
        c -> PublicSignature.isVisible(c) && published.contains(c.getPackageName()));
  }

  /**
   * Selects the types visible outside their package: public or protected, nested only in such
   * types, in any package.
   *
   * @return the predicate
   */
  public static DescribedPredicate<JavaClass> areVisible() {
    return DescribedPredicate.describe(
        "are visible outside their package", PublicSignature::isVisible);
  }

  /**
   * A type names no forbidden type in its public or protected signature: its superclass, interfaces
   * and type parameters, and its visible fields, constructors and methods (parameters, return type,
   * exceptions and type parameters), type arguments and array components included.
   *
   * @param forbidden the types not to expose, described in the singular
   * @return the condition
   */
  public static ArchCondition<JavaClass> exposeNo(DescribedPredicate<? super JavaClass> forbidden) {
    return new ArchCondition<>(
        "expose no " + forbidden.getDescription() + " in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (PublicSignature.Part part : PublicSignature.of(type)) {
          for (JavaClass involved : part.types) {
            if (forbidden.test(involved)) {
              events.add(
                  SimpleConditionEvent.violated(
                      type,
                      part.where
                          + " exposes "
                          + forbidden.getDescription()
                          + " <"
                          + involved.getName()
                          + "> in "
                          + part.location));
            }
          }
        }
      }
    };
  }
}
