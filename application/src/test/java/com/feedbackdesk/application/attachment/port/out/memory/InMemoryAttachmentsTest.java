package com.feedbackdesk.application.attachment.port.out.memory;

import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePortContract;

class InMemoryAttachmentsTest extends AttachmentStorePortContract {

  @Override
  protected AttachmentStorePort createPort() {
    return new InMemoryAttachments();
  }
}
