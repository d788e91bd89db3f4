package com.feedbackdesk.adapters.in.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers that Tomcat gives by itself are problems too: its error report valve is replaced by
 * {@link ProblemErrorReportValve}. The replacement happens as the host starts, after every other
 * customization (Spring Boot adds an error report valve of its own), so whichever ran first, the
 * host ends with ours alone.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              Container host = context.getParent();
              host.addLifecycleListener(
                  event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                      useProblemReports(host);
                    }
                  });
            });
  }

  private static void useProblemReports(Container host) {
    Pipeline pipeline = host.getPipeline();
    for (Valve valve : pipeline.getValves()) {
      if (valve instanceof ErrorReportValve) {
        pipeline.removeValve(valve);
      }
    }
    pipeline.addValve(new ProblemErrorReportValve());
    if (host instanceof StandardHost standard) {
      // the host adds a valve of this class when it starts unless it has one
      standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }
  }
}
