package nl.wegwijs.support.web;

import nl.wegwijs.support.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The limits every service's web layer keeps, whatever its controllers do. */
@Configuration(proxyBeanMethods = false)
public class WebLimits {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${wegwijs.web.max-body-bytes:" + BodySizeLimit.DEFAULT_MAX_BYTES + "}") int maxBytes,
            ProblemResponses problems) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(maxBytes, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
