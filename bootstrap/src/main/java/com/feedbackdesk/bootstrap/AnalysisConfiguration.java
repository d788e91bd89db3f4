package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketFacts;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.projection.TicketFactsProjection;
import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.application.improvement.service.RaisedProjects;
import com.feedbackdesk.application.sla.service.SlaCatalogueService;
import com.feedbackdesk.application.ticket.service.TicketCommandService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analysis read model (projection {@code ticket-analysis}), the satisfaction statistics, the
 * monthly report and the quality sample.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

  @Bean
  MongoTicketFacts ticketFacts(ReadModelGenerations generations) {
    return new MongoTicketFacts(
        generations.live(MongoTicketFacts.COLLECTION, MongoTicketFacts::indexes));
  }

  @Bean
  TicketFactsRecorder ticketFactsRecorder(
      FeedbackDeskProperties properties, SlaCatalogueService slaCatalogue) {
    return new TicketFactsRecorder(properties.businessZone(), slaCatalogue);
  }

  @Bean
  TicketFactsProjection ticketFactsProjection(TicketFactsPort facts, TicketFactsRecorder recorder) {
    return new TicketFactsProjection(facts, recorder);
  }

  @Bean
  QualitySampling qualitySampling(FeedbackDeskProperties properties) {
    return new QualitySampling(properties.analysis().sampleRate());
  }

  @Bean
  AnalysisService analysisService(
      TicketFactsPort facts,
      QualitySampling sampling,
      TicketCommandService changes,
      RaisedProjects projects,
      FeedbackDeskProperties properties,
      Clock clock) {
    return new AnalysisService(
        facts, sampling, changes, projects, properties.businessZone(), clock);
  }
}
