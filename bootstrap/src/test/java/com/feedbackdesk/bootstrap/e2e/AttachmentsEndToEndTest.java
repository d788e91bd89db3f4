package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Photos and videos over real HTTP, stored in GridFS on the embedded server: uploaded, named on a
 * submission and a customer's reply, seen in the ticket and its history as metadata, downloaded
 * whole and by range with the ticket's reach; and what is refused.
 */
class AttachmentsEndToEndTest extends EndToEndTest {

  private static final String UPLOAD = "/api/v1/attachments";

  /** A real 1×1 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** The start of a JPEG (JFIF), followed by filler: what the sniffer sees of a photo. */
  static byte[] jpeg(int size) {
    byte[] bytes = filler(size, 7);
    byte[] head = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0
    };
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  /** An MP4 of the size: a valid ftyp box (isom, compatible with mp41), then filler. */
  static byte[] mp4(int size) {
    byte[] bytes = filler(size, 11);
    byte[] ftyp = {
      0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
      '4', '1'
    };
    System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
    return bytes;
  }

  private static byte[] filler(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static ObjectNode submissionWith(String description, String... attachments) {
    ObjectNode body = Api.submission(description);
    body.putArray("attachments")
        .addAll(
            Arrays.stream(attachments)
                .map(
                    id ->
                        (JsonNode)
                            tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(id))
                .toList());
    return body;
  }

  private static Map<String, Object> replyWith(String message, List<String> attachments) {
    return Map.of("message", message, "attachments", attachments);
  }

  @Test
  void aPhotoAndA20MbVideoAreUploadedAttachedAndDownloadedWholeAndByRange() throws Exception {
    Api.Response photo = customer.upload(UPLOAD, "破损照片.png", "image/png", PNG);
    byte[] videoBytes = mp4(20 * 1024 * 1024);
    long started = System.nanoTime();
    Api.Response video = customer.upload(UPLOAD, "unboxing.mp4", "video/mp4", videoBytes);
    long uploadMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(photo.status()).as(photo.raw().body()).isEqualTo(201);
    assertThat(photo.header("Location")).isEqualTo(UPLOAD + "/" + photo.text("id"));
    assertThat(photo.text("contentType")).isEqualTo("image/png");
    assertThat(photo.text("fileName")).isEqualTo("破损照片.png");
    assertThat(photo.body().path("size").asLong()).isEqualTo(PNG.length);
    assertThat(photo.text("sha256")).isEqualTo(sha256(PNG));
    assertThat(photo.text("uploadedAt")).isNotNull();
    assertThat(video.status()).as(video.raw().body()).isEqualTo(201);
    assertThat(video.text("contentType")).isEqualTo("video/mp4");
    assertThat(video.body().path("size").asLong()).isEqualTo(videoBytes.length);
    assertThat(video.text("sha256")).isEqualTo(sha256(videoBytes));

    Api.Response submitted =
        customer.post("/api/v1/tickets", submissionWith("杯子碎了，见照片", photo.text("id")));
    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
    String number = submitted.text("number");
    assertThat(submitted.body().path("attachments").get(0).path("id").asString())
        .isEqualTo(photo.text("id"));
    assertThat(submitted.body().path("attachments").get(0).path("url").asString())
        .isEqualTo(UPLOAD + "/" + photo.text("id"));
    Api.Response replied =
        customer.post(
            path(number, "customer-replies"), replyWith("开箱视频", List.of(video.text("id"))));
    assertThat(replied.status()).as(replied.raw().body()).isEqualTo(200);
    JsonNode attachments = customer.get(path(number, "")).body().path("attachments");
    assertThat(attachments.size()).isEqualTo(2);
    assertThat(attachments.get(1).path("sha256").asString()).isEqualTo(sha256(videoBytes));

    List<JsonNode> history = new ArrayList<>();
    api.get(path(number, "history")).body().forEach(history::add);
    JsonNode submittedEvent =
        history.stream()
            .filter(e -> e.path("type").asString().equals("TicketSubmitted"))
            .findFirst()
            .orElseThrow();
    JsonNode repliedEvent =
        history.stream()
            .filter(e -> e.path("type").asString().equals("CustomerReplied"))
            .findFirst()
            .orElseThrow();
    JsonNode photoRef = submittedEvent.path("data").path("attachments").get(0);
    assertThat(photoRef.path("id").asString()).isEqualTo(photo.text("id"));
    assertThat(photoRef.path("fileName").asString()).isEqualTo("破损照片.png");
    assertThat(photoRef.path("contentType").asString()).isEqualTo("image/png");
    assertThat(photoRef.path("size").isNumber()).isTrue();
    assertThat(photoRef.path("sha256").asString()).isEqualTo(sha256(PNG));
    JsonNode videoRef = repliedEvent.path("data").path("attachments").get(0);
    assertThat(videoRef.path("size").asLong()).isEqualTo(videoBytes.length);
    assertThat(repliedEvent.path("data").toString()).doesNotContain("bytes", "data:");

    HttpResponse<byte[]> photoDownload = customer.download(UPLOAD + "/" + photo.text("id"));
    assertThat(photoDownload.statusCode()).isEqualTo(200);
    assertThat(photoDownload.body()).isEqualTo(PNG);
    assertThat(photoDownload.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(photoDownload.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline; filename=\"")
        .contains("filename*=UTF-8''%E7%A0%B4%E6%8D%9F%E7%85%A7%E7%89%87.png");
    assertThat(photoDownload.headers().firstValue("ETag")).contains("\"" + sha256(PNG) + "\"");
    assertThat(photoDownload.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(api.download(UPLOAD + "/" + photo.text("id")).body()).as("staff").isEqualTo(PNG);

    started = System.nanoTime();
    HttpResponse<byte[]> whole = customer.download(UPLOAD + "/" + video.text("id"));
    long downloadMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(videoBytes.length);
    assertThat(sha256(whole.body())).isEqualTo(sha256(videoBytes));
    System.out.printf(
        "attachments: a %d-byte video uploaded in %d ms, downloaded in %d ms%n",
        videoBytes.length, uploadMillis, downloadMillis);

    HttpResponse<byte[]> range =
        customer.download(UPLOAD + "/" + video.text("id"), "Range", "bytes=1000000-1999999");
    assertThat(range.statusCode()).isEqualTo(206);
    assertThat(range.headers().firstValue("Content-Range"))
        .contains("bytes 1000000-1999999/" + videoBytes.length);
    assertThat(range.body()).isEqualTo(Arrays.copyOfRange(videoBytes, 1_000_000, 2_000_000));
    HttpResponse<byte[]> suffix =
        customer.download(UPLOAD + "/" + video.text("id"), "Range", "bytes=-100");
    assertThat(suffix.statusCode()).isEqualTo(206);
    assertThat(suffix.body())
        .isEqualTo(Arrays.copyOfRange(videoBytes, videoBytes.length - 100, videoBytes.length));
    HttpResponse<byte[]> outside =
        customer.download(UPLOAD + "/" + video.text("id"), "Range", "bytes=30000000-");
    assertThat(outside.statusCode()).isEqualTo(416);
    assertThat(outside.headers().firstValue("Content-Range"))
        .contains("bytes */" + videoBytes.length);
    assertThat(new String(outside.body(), StandardCharsets.UTF_8))
        .contains("/problems/range-not-satisfiable");
    HttpResponse<byte[]> unchanged =
        customer.download(
            UPLOAD + "/" + photo.text("id"), "If-None-Match", "\"" + sha256(PNG) + "\"");
    assertThat(unchanged.statusCode()).isEqualTo(304);
  }

  @Test
  void anotherCustomerAnAnalystAndAnotherDepartmentAreRefused() {
    Api.Response photo = customer.upload(UPLOAD, "photo.jpg", "image/jpeg", jpeg(5_000));
    String number =
        customer.post("/api/v1/tickets", submissionWith("包裹破损", photo.text("id"))).text("number");
    String download = UPLOAD + "/" + photo.text("id");
    Api intruder = anonymous.as("C20000", null, "customer");
    Api analyst = anonymous.as("zhao.min", null, "analyst");

    HttpResponse<byte[]> refused = intruder.download(download);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("/problems/attachment-not-found")
        .doesNotContain("photo.jpg");
    assertThat(analyst.download(download).statusCode()).isEqualTo(403);
    assertThat(anonymous.download(download).statusCode()).isEqualTo(401);
    // the ticket goes to warehouse & logistics; a technical handler does not reach it
    api.post(path(number, "assignment"), Map.of("department", "WAREHOUSE_LOGISTICS"));
    Api technical = anonymous.as("wang.qiang", "TECHNICAL", "handler");
    assertThat(technical.download(download).statusCode()).isEqualTo(403);
    assertThat(handler.download(download).statusCode()).isEqualTo(200);
    assertThat(customer.download(UPLOAD + "/00000000-0000-0000-0000-000000000000").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anUploadAttachedToNothingIsTheUploadersAloneAndClaimedOnce() {
    String id = customer.upload(UPLOAD, "a.jpg", "image/jpeg", jpeg(2_000)).text("id");
    Api other = anonymous.as("C20001", null, "customer");

    assertThat(customer.download(UPLOAD + "/" + id).statusCode()).isEqualTo(200);
    assertThat(other.download(UPLOAD + "/" + id).statusCode()).isEqualTo(404);
    assertThat(api.download(UPLOAD + "/" + id).statusCode())
        .as("not yet a ticket's")
        .isEqualTo(404);

    Api.Response stolen = other.post("/api/v1/tickets", submissionFor("C20001", "偷用", id));
    assertThat(stolen.status()).isEqualTo(400);
    assertThat(stolen.raw().body()).contains("attachments");

    Api.Response first = customer.post("/api/v1/tickets", submissionWith("第一次", id));
    assertThat(first.status()).isEqualTo(201);
    Api.Response again = customer.post("/api/v1/tickets", submissionWith("第二次", id));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.raw().body()).contains("attached to something else");
  }

  private static ObjectNode submissionFor(String customerId, String description, String id) {
    ObjectNode body = submissionWith(description, id);
    ((ObjectNode) body.path("customer")).put("id", customerId);
    return body;
  }

  @Test
  void bytesThatAreNotWhatTheyClaimAreRefusedWith415() {
    Api.Response pngAsVideo = customer.upload(UPLOAD, "clip.mp4", "video/mp4", PNG);
    Api.Response textAsJpeg =
        customer.upload(
            UPLOAD,
            "photo.jpg",
            "image/jpeg",
            "not a photo at all".getBytes(StandardCharsets.UTF_8));
    Api.Response undeclaredText =
        customer.upload(UPLOAD, "notes.jpg", null, "hello".getBytes(StandardCharsets.UTF_8));
    Api.Response json = customer.post(UPLOAD, Map.of("file", "x"));

    for (Api.Response refused : List.of(pngAsVideo, textAsJpeg, undeclaredText)) {
      assertThat(refused.status()).as(refused.raw().body()).isEqualTo(415);
      assertThat(refused.text("type")).isEqualTo("/problems/unsupported-attachment-type");
    }
    assertThat(pngAsVideo.text("detail")).contains("image/png");
    assertThat(json.status()).isEqualTo(415);
    assertThat(json.contentType()).startsWith("application/problem+json");
  }

  @Test
  void tooLargeIs413AndTooManyIs400() {
    byte[] bigPhoto = jpeg(10 * 1024 * 1024 + 1);
    Api.Response tooLarge = customer.upload(UPLOAD, "big.jpg", "image/jpeg", bigPhoto);
    assertThat(tooLarge.status()).as(tooLarge.raw().body()).isEqualTo(413);
    assertThat(tooLarge.text("type")).isEqualTo("/problems/attachment-too-large");
    assertThat(tooLarge.body().path("limit").asLong()).isEqualTo(10 * 1024 * 1024);

    Api.Response hugeVideo =
        customer.upload(UPLOAD, "huge.mp4", "video/mp4", mp4(50 * 1024 * 1024 + 1));
    assertThat(hugeVideo.status()).as(hugeVideo.raw().body()).isEqualTo(413);
    assertThat(hugeVideo.contentType()).startsWith("application/problem+json");

    List<String> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(customer.upload(UPLOAD, "p" + i + ".png", "image/png", PNG).text("id"));
    }
    Api.Response tooMany =
        customer.post("/api/v1/tickets", submissionWith("十张照片", ten.toArray(String[]::new)));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.raw().body()).contains("at most 9");
    Api.Response nine =
        customer.post(
            "/api/v1/tickets", submissionWith("九张照片", ten.subList(0, 9).toArray(String[]::new)));
    assertThat(nine.status()).as("the ten were not claimed by the refused one").isEqualTo(201);
    assertThat(nine.body().path("attachments").size()).isEqualTo(9);

    Api.Response unknown =
        customer.post(
            "/api/v1/tickets", submissionWith("不存在", "00000000-0000-0000-0000-000000000000"));
    assertThat(unknown.status()).isEqualTo(400);
  }
}
