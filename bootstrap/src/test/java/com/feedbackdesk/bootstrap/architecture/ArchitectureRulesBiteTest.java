package com.feedbackdesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.archfixture.BareExceptionThrower;
import com.feedbackdesk.domain.ticket.Ticket;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Architecture rules that could pass vacuously, shown to fail on code that breaks them. */
class ArchitectureRulesBiteTest {

  @Test
  void aDomainClassThatThrowsABareJdkExceptionBreaksTheRule() {
    JavaClasses offending = new ClassFileImporter().importClasses(BareExceptionThrower.class);

    var result = ArchitectureTest.theDomainThrowsNoBareJdkException.evaluate(offending);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("IllegalStateException"));
  }

  @Test
  void theTicketAggregateThrowsNoBareJdkException() {
    JavaClasses ticket = new ClassFileImporter().importClasses(Ticket.class);

    assertThat(ArchitectureTest.theDomainThrowsNoBareJdkException.evaluate(ticket).hasViolation())
        .isFalse();
  }
}
