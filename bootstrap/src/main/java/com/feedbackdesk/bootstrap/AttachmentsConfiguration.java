package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.attachment.GridFsAttachments;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.application.attachment.service.AttachmentReach;
import com.feedbackdesk.application.attachment.service.AttachmentService;
import com.feedbackdesk.application.attachment.service.TicketAttachmentReach;
import com.feedbackdesk.application.ticket.service.TicketQueryService;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Photos and videos: kept in GridFS in the service's MongoDB (bucket {@code attachments}, ADR
 * 0020), within the limits of {@code feedbackdesk.attachments.*}. Downloads reach as far as what an
 * attachment is attached to: each feature with attachments adds its {@link AttachmentReach} bean
 * (the tickets' is here).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentsConfiguration {

  @Bean
  AttachmentStorePort attachmentStore(MongoDatabase database) {
    return new GridFsAttachments(database);
  }

  @Bean
  TicketAttachmentReach ticketAttachmentReach(TicketQueryService tickets) {
    return new TicketAttachmentReach(tickets);
  }

  @Bean
  AttachmentService attachmentService(
      AttachmentStorePort store,
      FeedbackDeskProperties properties,
      Clock clock,
      List<AttachmentReach> reaches) {
    return new AttachmentService(store, properties.attachments().toLimits(), clock, reaches);
  }
}
