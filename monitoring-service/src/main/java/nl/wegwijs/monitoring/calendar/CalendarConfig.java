package nl.wegwijs.monitoring.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfig {

    /** The embedded platform may hand every service one shared clock (tests, the pilot replay). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DutchCalendar dutchCalendar(@Value("${wegwijs.calendar.liberation-day:LUSTRUM}") LiberationDay liberationDay) {
        return new DutchCalendar(liberationDay);
    }

    @Bean
    WorkingTime workingTime(
            DutchCalendar calendar, @Value("${wegwijs.calendar.zone:Europe/Amsterdam}") ZoneId zone, Clock clock) {
        return new WorkingTime(calendar, zone, clock);
    }
}
