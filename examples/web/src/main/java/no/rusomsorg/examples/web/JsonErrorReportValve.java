package no.rusomsorg.examples.web;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as the API's {@link ErrorBody} instead of an HTML page: for the requests Tomcat
 * refuses before the application sees them (a path it will not decode, an error page it cannot
 * forward to). Never quotes the request.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  /** Creates the valve; Tomcat instantiates it by class name. */
  public JsonErrorReportValve() {}

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.resetBuffer();
      WebConfig.securityHeaders(response);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      PrintWriter w = response.getReporter();
      if (w != null) {
        w.write(ErrorBody.json(ErrorEndpoint.bodyFor(status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away or the answer was already on its way: nothing more to write
    }
  }
}
