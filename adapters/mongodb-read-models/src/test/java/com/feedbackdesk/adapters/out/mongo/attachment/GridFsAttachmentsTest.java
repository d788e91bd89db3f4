package com.feedbackdesk.adapters.out.mongo.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePortContract;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The GridFS adapter against the embedded server (or the MongoDB that FEEDBACKDESK_TEST_MONGODB_URI
 * names): the port's contract, and that what it writes is standard GridFS.
 */
class GridFsAttachmentsTest extends AttachmentStorePortContract {

  private MongoDatabase database;

  @Override
  protected AttachmentStorePort createPort() {
    database = TestMongo.freshDatabase();
    return new GridFsAttachments(database);
  }

  @Test
  void theFilesAreStandardGridFsWithTheirMetadataAndNumberedChunks() throws Exception {
    GridFsAttachments store = (GridFsAttachments) createPort();
    byte[] bytes = bytes(600_000, 9);

    StoredAttachment stored =
        store.store(
            new NewAttachment("a-1", "video.mp4", "video/mp4", UPLOADER, AT),
            new ByteArrayInputStream(bytes));

    Document file = database.getCollection("attachments.files").find().first();
    assertThat(file.getString("_id")).isEqualTo("a-1");
    assertThat(file.getString("filename")).isEqualTo("video.mp4");
    assertThat(((Number) file.get("length")).longValue()).isEqualTo(600_000);
    assertThat(((Number) file.get("chunkSize")).intValue()).isEqualTo(GridFsAttachments.CHUNK_SIZE);
    Document metadata = file.get("metadata", Document.class);
    assertThat(metadata.getString("sha256")).isEqualTo(sha256(bytes));
    assertThat(metadata.getString("contentType")).isEqualTo("video/mp4");
    List<Integer> chunks = new ArrayList<>();
    database
        .getCollection("attachments.chunks")
        .find(new Document("files_id", "a-1"))
        .sort(new Document("n", 1))
        .forEach(chunk -> chunks.add(chunk.getInteger("n")));
    assertThat(chunks).containsExactly(0, 1, 2);
    List<String> indexes = new ArrayList<>();
    database
        .getCollection("attachments.chunks")
        .listIndexes()
        .forEach(index -> indexes.add(index.get("key", Document.class).keySet().toString()));
    assertThat(indexes).contains("[files_id, n]");
    try (InputStream read = store.open(stored.id(), 0, bytes.length)) {
      assertThat(sha256(read.readAllBytes())).isEqualTo(stored.ref().sha256());
    }

    store.delete("a-1");
    assertThat(database.getCollection("attachments.chunks").countDocuments()).isZero();
    assertThat(database.getCollection("attachments.files").countDocuments()).isZero();
  }
}
