package com.feedbackdesk.adapters.in.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as a problem: what Tomcat refuses before Spring sees the request (an
 * undecodable path such as {@code /api/v1/tickets/%zz}, an encoded NUL or slash) is answered with
 * an RFC 9457 problem instead of Tomcat's HTML page. It replaces Tomcat's own error report valve on
 * the host (see {@link ContainerErrorConfiguration}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            ContainerProblems.json(
                ProblemType.forStatus(status), status, ContainerProblems.detailFor(status), null));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone, or the response could not be written: nothing more to tell it
    }
  }
}
