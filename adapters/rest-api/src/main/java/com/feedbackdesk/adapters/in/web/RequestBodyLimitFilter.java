package com.feedbackdesk.adapters.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@link #MAX_BYTES} with a 413 problem, whether the client declares
 * the length or streams the body in chunks, so nobody can make the service buffer and parse
 * megabytes of JSON. The largest legitimate body (a description of 10,000 characters) is well below
 * the limit. The one exception is the attachment upload, a multipart body whose file part the
 * multipart parser bounds ({@code spring.servlet.multipart.max-file-size}) and the upload's limits
 * per kind of file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

  static final int MAX_BYTES = 64 * 1024;

  /** The upload of attachments, which takes files up to the largest video. */
  static final String UPLOAD_PATH = "/api/v1/attachments";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && UPLOAD_PATH.equals(request.getRequestURI())
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      ContainerProblems.write(
          response,
          ProblemType.PAYLOAD_TOO_LARGE,
          ProblemType.PAYLOAD_TOO_LARGE.status().value(),
          "request bodies are limited to " + MAX_BYTES + " bytes",
          request.getRequestURI());
      return;
    }
    chain.doFilter(new LimitedRequest(request), response);
  }

  /** Raised while reading a streamed body that turns out to be too large. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("request bodies are limited to " + MAX_BYTES + " bytes");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream());
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private long read;

    LimitedStream(ServletInputStream delegate) {
      this.delegate = delegate;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > MAX_BYTES) {
        throw new BodyTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
