package nl.wegwijs.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.wegwijs.support.json.StrictJson;
import nl.wegwijs.support.kafka.DeadLetterHeaders;
import nl.wegwijs.support.kafka.StopAfterCurrentRecord;
import nl.wegwijs.support.keys.NewcomerKeysConfiguration;
import nl.wegwijs.support.problem.ProblemConfiguration;
import nl.wegwijs.support.security.SecurityConfiguration;
import nl.wegwijs.support.store.StoreConfiguration;
import nl.wegwijs.support.web.WebLimits;
import org.springframework.context.annotation.Import;

/**
 * Switches on the shared plumbing for one service: problem documents in Dutch or English (for every error, also
 * those Tomcat answers itself), strict reading of request bodies, a body size limit, the resource-server security, the store health check and durable writes, consumers that stop after their current record, municipality
 * time and the partner directory
 * (docs/adr/0014-service-support-module.md). An explicit switch rather than auto-configuration: the platform runs
 * other Spring applications (the token issuer) from the same class path, and they must not get it. The beans that
 * replace Boot's own (the MongoDB health indicator, the JWT converter, the MVC exception handler) are imported
 * directly, so Boot sees them and backs off; the defaults a service or test may replace come deferred.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({
    ProblemConfiguration.class,
    SecurityConfiguration.class,
    StoreConfiguration.class,
    StopAfterCurrentRecord.class,
    DeadLetterHeaders.class,
    StrictJson.class,
    WebLimits.class,
    ServiceSupportDefaults.class,
    NewcomerKeysConfiguration.class
})
public @interface EnableServiceSupport {}
