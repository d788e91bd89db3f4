package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * Builds a command that carries attachments, once the service knows the ticket, who acts, what time
 * it is and the metadata of the attachments it claimed for the ticket.
 */
@FunctionalInterface
public interface AttachedCommandFactory {

  TicketCommand create(TicketId ticket, Actor actor, Instant now, List<AttachmentRef> attachments);
}
