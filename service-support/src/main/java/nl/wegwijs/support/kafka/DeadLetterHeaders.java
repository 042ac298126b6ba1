package nl.wegwijs.support.kafka;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Every producer the binder makes, dead letters included, sends through {@link NoStackTraceHeaders}. A property
 * rather than a bean: the binder builds its producers in a context of its own, which sees the environment only.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:nl/wegwijs/support/kafka-binder.properties")
public class DeadLetterHeaders {}
