package no.rusomsorg.examples.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The hardening of the web app: security headers on every answer, a limit on the size of a request
 * body, and the documented {@link ErrorBody} for errors that the servlet container answers itself
 * (through {@link JsonErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig {
  /** The largest request body accepted: a person's facts take a few hundred bytes. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  /** The Content-Security-Policy: only the app's own scripts, styles and data; never framed. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Sets the security headers on an answer. */
  static void securityHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** Writes an error body straight to the response, for answers given before Spring MVC is reached. */
  static void writeError(HttpServletResponse response, int status, ErrorBody body) throws IOException {
    response.setStatus(status);
    securityHeaders(response);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ErrorBody.json(body));
  }

  /** A request body over {@link #MAX_BODY_BYTES}, found while reading a body of undeclared length. */
  static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("the request body is larger than " + MAX_BODY_BYTES + " bytes", null, false, false);
    }

    static ErrorBody body() {
      return new ErrorBody("$", "RANGE", "the request body is larger than " + MAX_BODY_BYTES + " bytes");
    }
  }

  @Bean
  FilterRegistrationBean<Filter> hardeningFilter() {
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new HardeningFilter());
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    bean.addUrlPatterns("/*");
    return bean;
  }

  /** Tomcat's own error answers (a malformed request line, a path it refuses) become {@link ErrorBody}s. */
  @Bean
  TomcatContextCustomizer jsonErrorReports() {
    return context -> ((StandardHost) context.getParent()).setErrorReportValveClass(JsonErrorReportValve.class.getName());
  }

  private static final class HardeningFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
      HttpServletRequest request = (HttpServletRequest) req;
      HttpServletResponse response = (HttpServletResponse) res;
      securityHeaders(response);
      if (request.getContentLengthLong() > MAX_BODY_BYTES) {
        // Answered without reading the body; the connection is closed rather than drained.
        response.setHeader("Connection", "close");
        writeError(response, 413, BodyTooLarge.body());
        return;
      }
      try {
        chain.doFilter(new Limited(request), response);
      } catch (BodyTooLarge e) {
        if (!response.isCommitted()) {
          response.resetBuffer();
          response.setHeader("Connection", "close");
          writeError(response, 413, BodyTooLarge.body());
        }
      }
    }
  }

  /** A request whose body stream fails with {@link BodyTooLarge} after {@link #MAX_BODY_BYTES} bytes. */
  private static final class Limited extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) {
            read += n;
            if (read > MAX_BODY_BYTES) {
              throw new BodyTooLarge();
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String enc = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
    }
  }
}
