package nl.wegwijs.support.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
