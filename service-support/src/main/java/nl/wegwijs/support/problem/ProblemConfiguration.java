package nl.wegwijs.support.problem;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    @Bean
    ProblemMessages problemMessages(@Value("${spring.application.name:service}") String applicationName) {
        return ProblemMessages.forService(applicationName);
    }

    @Bean
    Problems problems(ProblemMessages messages) {
        return new Problems(messages);
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json, ProblemMessages messages) {
        return new ProblemResponses(json, messages);
    }

    @Bean
    ProblemHandler problemHandler(Problems problems) {
        return new ProblemHandler(problems);
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemResponses problems) {
        return new ProblemErrorController(problems);
    }

    /** After Boot's own customizer, which adds Tomcat's HTML error report; this one takes its place. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ProblemResponses problems) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            // Without this, the host adds Tomcat's default report (server name included) when it starts.
            host.setErrorReportValveClass("");
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemErrorReportValve(problems));
        });
    }
}
