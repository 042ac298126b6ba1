package nl.wegwijs.monitoring;

import nl.wegwijs.support.EnableServiceSupport;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** SLA timers in Dutch working days, stalled and overdue flags, escalations, follow-up latency metrics and reports. */
@SpringBootApplication
@EnableServiceSupport
public class MonitoringApplication {

    /** The service's own configuration file, {@code monitoring-service.yml}; see docs/adr/0002. */
    public static final String CONFIG_NAME = "monitoring-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(MonitoringApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
