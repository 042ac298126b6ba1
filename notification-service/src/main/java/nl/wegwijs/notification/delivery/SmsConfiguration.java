package nl.wegwijs.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mailbox SMS gateway unless a provider's {@link SmsGateway} bean is declared. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway mailboxSmsGateway(SmtpGateway smtp) {
        return new MailboxSmsGateway(smtp);
    }
}
