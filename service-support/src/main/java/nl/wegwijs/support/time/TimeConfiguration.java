package nl.wegwijs.support.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The setting holding the municipality's time zone (environment: {@code WEGWIJS_TIME_ZONE}). */
    public static final String ZONE_PROPERTY = "wegwijs.time.zone";

    /** The embedded platform may hand every service one shared clock (tests, the pilot replay). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MunicipalityTime municipalityTime(Clock clock, @Value("${" + ZONE_PROPERTY + ":Europe/Amsterdam}") ZoneId zone) {
        return new MunicipalityTime(clock, zone);
    }
}
