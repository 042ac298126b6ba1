package nl.wegwijs.monitoring.calendar;

import nl.wegwijs.support.time.MunicipalityTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfig {

    @Bean
    DutchCalendar dutchCalendar(@Value("${wegwijs.calendar.liberation-day:LUSTRUM}") LiberationDay liberationDay) {
        return new DutchCalendar(liberationDay);
    }

    @Bean
    WorkingTime workingTime(DutchCalendar calendar, MunicipalityTime time) {
        return new WorkingTime(calendar, time.zone(), time.clock());
    }
}
