package com.feedbackdesk.adapters.in.web.attachment;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.attachment.model.AttachmentDownload;
import com.feedbackdesk.application.attachment.model.AttachmentUpload;
import com.feedbackdesk.application.attachment.model.ByteRange;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.in.AttachmentNotFoundException;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.attachment.port.in.RangeNotSatisfiableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and videos: uploaded on their own first (multipart, one {@code file} part), then named by
 * id in a submission or a customer's reply; downloaded whole or by byte range, with the reach of
 * the ticket they belong to.
 */
@RestController
@RequestMapping(path = AttachmentController.BASE)
@Tag(
    name = "Attachments",
    description =
        "Photos and videos for submissions and customer replies: upload first, then name them by"
            + " id; download with the ticket's reach, whole or by byte range (video players).")
class AttachmentController {

  static final String BASE = "/api/v1/attachments";

  /** One range of bytes: {@code bytes=0-499}, {@code bytes=500-}, {@code bytes=-500}. */
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  private static final Pattern ID = Pattern.compile("[0-9a-f-]{1,64}");

  private final AttachmentsUseCase attachments;

  AttachmentController(AttachmentsUseCase attachments) {
    this.attachments = attachments;
  }

  @Operation(
      summary = "Upload a photo or video",
      description =
          "A multipart/form-data body with one part named file (its filename is kept). The type"
              + " is what the bytes are (JPEG, PNG, GIF, WebP, HEIC/HEIF, AVIF; MP4, QuickTime,"
              + " 3GP, WebM, Matroska), never the declared one: bytes of another kind, or a"
              + " declared type they contradict, are 415. Photos up to"
              + " feedbackdesk.attachments.max-image-size (10 MB), videos up to max-video-size"
              + " (50 MB), else 413. The upload is the uploader's alone until a submission or"
              + " customer reply names it in attachments.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            description = "Stored.",
            headers = @Header(name = "Location", description = "/api/v1/attachments/{id}")),
        @ApiResponse(
            responseCode = "413",
            description = "Larger than its kind may be (limit in bytes in `limit`).",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
        @ApiResponse(
            responseCode = "415",
            description =
                "Not multipart/form-data, or the file is no photo or video the service takes, or"
                    + " not what its declared type says (/problems/unsupported-attachment-type).",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
      })
  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AttachmentPayload> upload(
      @Parameter(hidden = true) Caller caller,
      @Parameter(
              description = "The photo or video.",
              content = @Content(schema = @Schema(type = "string", format = "binary")))
          @RequestPart("file")
          MultipartFile file) {
    StoredAttachment stored;
    try (InputStream content = file.getInputStream()) {
      stored =
          attachments.upload(
              caller,
              new AttachmentUpload(
                  file.getOriginalFilename(), file.getContentType(), file.getSize(), content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.created(URI.create(BASE + "/" + stored.id()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(AttachmentPayload.of(stored));
  }

  @Operation(
      summary = "Download an attachment",
      description =
          "The bytes with the type they were recognised as, Content-Disposition inline with the"
              + " uploader's file name (RFC 6266 filename* for names beyond ASCII), ETag (the"
              + " SHA-256) and Accept-Ranges: bytes. One byte range (Range: bytes=0-1023,"
              + " bytes=1024-, bytes=-1024) answers 206 with Content-Range; a range outside the"
              + " file is 416. Whoever reaches the ticket it is attached to may download it (a"
              + " customer their own tickets'); an upload attached to nothing yet only its"
              + " uploader. Anything else is 404, as if it did not exist.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The whole file.",
            content = @Content(mediaType = "image/jpeg")),
        @ApiResponse(
            responseCode = "206",
            description = "The range asked for, with Content-Range: bytes first-last/size.",
            content = @Content(mediaType = "video/mp4")),
        @ApiResponse(
            responseCode = "304",
            description = "If-None-Match named its ETag: unchanged (attachments never change)."),
        @ApiResponse(
            responseCode = "404",
            description = "No attachment the caller may know of (/problems/attachment-not-found).",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
        @ApiResponse(
            responseCode = "416",
            description = "The range lies outside the file; Content-Range: bytes */size.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
      })
  @GetMapping("/{id}")
  void download(
      @Parameter(hidden = true) Caller caller,
      @Parameter(
              description = "The attachment's id.",
              example = "0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10")
          @PathVariable
          String id,
      @Parameter(description = "One byte range.", example = "bytes=0-1048575")
          @RequestHeader(name = HttpHeaders.RANGE, required = false)
          String range,
      @Parameter(description = "An ETag the client holds.")
          @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
          String ifNoneMatch,
      HttpServletResponse response)
      throws IOException {
    if (!ID.matcher(id).matches()) {
      throw new AttachmentNotFoundException(id);
    }
    StoredAttachment described = attachments.describe(caller, id);
    String etag = "\"" + described.ref().sha256() + "\"";
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      response.setStatus(HttpStatus.NOT_MODIFIED.value());
      response.setHeader(HttpHeaders.ETAG, etag);
      return;
    }
    ByteRange asked = range(range, described.ref().size());
    try (AttachmentDownload download = attachments.download(caller, id, asked)) {
      StoredAttachment attachment = download.attachment();
      response.setStatus(
          download.partial() ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
      response.setContentType(attachment.ref().contentType());
      response.setContentLengthLong(download.length());
      response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
      response.setHeader(HttpHeaders.ETAG, etag);
      response.setHeader(
          HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.ref().fileName()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      if (download.partial()) {
        response.setHeader(
            HttpHeaders.CONTENT_RANGE,
            "bytes "
                + download.first()
                + "-"
                + (download.first() + download.length() - 1)
                + "/"
                + attachment.ref().size());
      }
      OutputStream out = response.getOutputStream();
      download.content().transferTo(out);
      out.flush();
    }
  }

  /**
   * The range the header asks for; null for none, or for one this service does not serve as a range
   * (several ranges, other units), which RFC 9110 lets it answer with the whole file.
   */
  static ByteRange range(String header, long size) {
    if (header == null) {
      return null;
    }
    Matcher matcher = RANGE.matcher(header.trim());
    if (!matcher.matches()) {
      return null;
    }
    String first = matcher.group(1);
    String last = matcher.group(2);
    if (first.isEmpty() && last.isEmpty()) {
      return null;
    }
    if (first.isEmpty()) {
      return ByteRange.suffix(Long.parseLong(last));
    }
    long from = Long.parseLong(first);
    Long to = last.isEmpty() ? null : Long.parseLong(last);
    if (to != null && to < from) {
      throw new RangeNotSatisfiableException(size);
    }
    return ByteRange.from(from, to);
  }

  /**
   * {@code inline; filename="…"; filename*=UTF-8''…} (RFC 6266): an ASCII stand-in for old clients
   * and the exact name, percent-encoded, for the others.
   */
  static String contentDisposition(String fileName) {
    StringBuilder ascii = new StringBuilder();
    fileName
        .codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '%') {
                ascii.append('_');
              } else {
                ascii.appendCodePoint(c);
              }
            });
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
