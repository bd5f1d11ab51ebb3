package org.industrykg.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;

/**
 * Tomcat's own error report, as problem+json instead of its HTML page: for requests that Tomcat
 * refuses before any application code runs (a request line or header over
 * {@code server.max-http-request-header-size}, raw non-ASCII bytes in the address, a malformed
 * request line). It takes the place of the host's {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String headerLimit;

    public ProblemErrorReportValve(String headerLimit) {
        this.headerLimit = headerLimit;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As the HTML report: not for successes, not over a body already written, not twice.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
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
                writer.write(JSON.writeValueAsString(problem(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response is committed: nothing more to say.
        }
    }

    private Map<String, Object> problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", status == 400
                ? "The request could not be read: its address or a header is malformed or too long. Characters outside"
                        + " ASCII must be percent-encoded as UTF-8, and the request line and headers together may take"
                        + " at most " + headerLimit + "."
                : "The server refused the request (HTTP " + status + ").");
        return problem;
    }

    /** Puts the valve in place of the host's HTML error report in the embedded Tomcat. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        private final String headerLimit;

        Installer(@Value("${server.max-http-request-header-size:8KB}") DataSize headerLimit) {
            this.headerLimit = headerLimit.toKilobytes() + " KB";
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    install(context.getParent());
                }
            }));
        }

        private void install(Container parent) {
            if (!(parent instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ProblemErrorReportValve) {
                    return;
                }
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve(headerLimit));
        }
    }
}
