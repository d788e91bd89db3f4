package com.feedbackdesk.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The hexagon's rules, checked on every build. Maven keeps module dependencies pointing inward and
 * keeps the adapters apart (the REST API's module sees no MongoDB, the read models' none of the
 * embedded server, the two storage engines none of the product); these rules guard what Maven
 * cannot see. Every rule fails when it finds nothing to check (an empty layer or a renamed package
 * would otherwise pass silently).
 */
@AnalyzeClasses(packages = "com.feedbackdesk", importOptions = ExcludeTestCode.class)
class ArchitectureTest {

  private static final String DOMAIN = "com.feedbackdesk.domain..";
  private static final String APPLICATION = "com.feedbackdesk.application..";
  private static final String ADAPTERS_IN = "com.feedbackdesk.adapters.in..";
  private static final String ADAPTERS_OUT = "com.feedbackdesk.adapters.out..";
  private static final String BOOTSTRAP = "com.feedbackdesk.bootstrap..";
  private static final String EVENT_STORE = "com.feedbackdesk.adapters.out.eventstore..";
  private static final String EMBEDDED_MONGODB = "com.feedbackdesk.adapters.embeddedmongo..";

  @ArchTest
  static final ArchRule layersPointInward =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Domain")
          .definedBy(DOMAIN)
          .layer("Application")
          .definedBy(APPLICATION)
          .layer("Adapters in")
          .definedBy(ADAPTERS_IN)
          .layer("Adapters out")
          .definedBy(ADAPTERS_OUT)
          .layer("Embedded MongoDB server")
          .definedBy(EMBEDDED_MONGODB)
          .layer("Bootstrap")
          .definedBy(BOOTSTRAP)
          .whereLayer("Embedded MongoDB server")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Bootstrap")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Adapters in")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Adapters out")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Adapters in", "Adapters out", "Bootstrap")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Application", "Adapters in", "Adapters out", "Bootstrap");

  /**
   * The event store and the embedded server are storage engines: general-purpose, reusable, and
   * testable without the product.
   */
  @ArchTest
  static final ArchRule theStorageEnginesKnowNothingOfTheProduct =
      noClasses()
          .that()
          .resideInAnyPackage(EVENT_STORE, EMBEDDED_MONGODB)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              DOMAIN,
              APPLICATION,
              ADAPTERS_IN,
              "com.feedbackdesk.adapters.out.mongo.ticket..",
              BOOTSTRAP);

  /** mongo-java-server and H2 are the embedded server's insides, and nobody else's. */
  @ArchTest
  static final ArchRule onlyTheEmbeddedServerTouchesMongoJavaServerAndH2 =
      noClasses()
          .that()
          .resideOutsideOfPackage(EMBEDDED_MONGODB)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("de.bwaldvogel..", "org.h2..");

  @ArchTest
  static final ArchRule theEmbeddedServerIsUsedWhereItIsStartedOnly =
      classes()
          .that()
          .resideInAPackage(EMBEDDED_MONGODB)
          .and()
          .arePublic()
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAnyPackage(EMBEDDED_MONGODB, BOOTSTRAP);

  /** What the domain and the application are written without. */
  private static final String[] FRAMEWORKS = {
    "org.springframework..",
    "com.mongodb..",
    "org.bson..",
    "com.fasterxml.jackson..",
    "tools.jackson..",
    "jakarta.."
  };

  @ArchTest
  static final ArchRule theDomainUsesNoSpringMongoOrJackson =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRAMEWORKS);

  @ArchTest
  static final ArchRule theApplicationUsesNoSpringMongoOrJackson =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRAMEWORKS);

  @ArchTest
  static final ArchRule theDomainReadsNoClockAndMakesNoIds =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(java.util.UUID.class, "randomUUID")
          .orShould()
          .callMethod(System.class, "currentTimeMillis");

  @ArchTest
  static final ArchRule eventsArePastTenseRecordsWithoutAnEventSuffix =
      classes()
          .that()
          .implement(TicketEvent.class)
          .should()
          .beRecords()
          .andShould()
          .haveSimpleNameEndingWith("ed")
          .andShould()
          .haveSimpleNameNotEndingWith("Event")
          .andShould()
          .resideInAPackage(DOMAIN);

  @ArchTest
  static final ArchRule commandsAreRecordsNamedAsCommands =
      classes()
          .that()
          .implement(TicketCommand.class)
          .should()
          .beRecords()
          .andShould()
          .haveSimpleNameEndingWith("Command")
          .andShould()
          .resideInAPackage(DOMAIN);

  @ArchTest
  static final ArchRule inboundPortsAreUseCases =
      classes()
          .that()
          .resideInAPackage("..application..port.in..")
          .and()
          .areInterfaces()
          .should()
          .haveSimpleNameEndingWith("UseCase")
          .orShould()
          .haveSimpleNameEndingWith("Factory");

  @ArchTest
  static final ArchRule outboundPortsArePorts =
      classes()
          .that()
          .resideInAPackage("..application..port.out..")
          .should()
          .beInterfaces()
          .andShould()
          .haveSimpleNameEndingWith("Port");

  @ArchTest
  static final ArchRule domainExceptionsAreNamedExceptions =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .and()
          .areAssignableTo(RuntimeException.class)
          .should()
          .haveSimpleNameEndingWith("Exception");

  /**
   * A rule of the domain that refuses something throws an exception of its own, named for the rule
   * ({@code TicketAlreadyClosedException}), which the edge maps to a precise answer; a bare {@code
   * IllegalStateException} would reach the client as a 500. {@code ArchitectureRulesBiteTest} shows
   * that this rule fails on a domain class that throws one.
   */
  @ArchTest
  static final ArchRule theDomainThrowsNoBareJdkException =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "the target is a JDK exception",
                  (JavaConstructorCall call) ->
                      !call.getOriginOwner().isAssignableTo(Throwable.class)
                          && call.getTargetOwner().isAssignableTo(RuntimeException.class)
                          && call.getTargetOwner().getPackageName().startsWith("java.")));

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("com.feedbackdesk.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule everyLayerHasClasses =
      classes()
          .that()
          .resideInAnyPackage(
              DOMAIN, APPLICATION, ADAPTERS_IN, ADAPTERS_OUT, EMBEDDED_MONGODB, BOOTSTRAP)
          .should(spanEveryLayer());

  private static final java.util.List<String> LAYER_PACKAGES =
      java.util.List.of(
          "domain",
          "application",
          "adapters.in",
          "adapters.out",
          "adapters.embeddedmongo",
          "bootstrap");

  /** Fails unless each of the six layers holds at least one class. */
  private static ArchCondition<JavaClass> spanEveryLayer() {
    return new ArchCondition<>("together span every layer") {
      private final java.util.Set<String> seen = new java.util.HashSet<>();

      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (String layer : LAYER_PACKAGES) {
          if (item.getPackageName().startsWith("com.feedbackdesk." + layer)) {
            seen.add(layer);
          }
        }
      }

      @Override
      public void finish(ConditionEvents events) {
        for (String layer : LAYER_PACKAGES) {
          if (!seen.contains(layer)) {
            events.add(
                SimpleConditionEvent.violated(layer, "the layer " + layer + " has no classes"));
          }
        }
      }
    };
  }
}
