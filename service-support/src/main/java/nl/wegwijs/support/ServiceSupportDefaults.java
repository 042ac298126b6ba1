package nl.wegwijs.support;

import nl.wegwijs.support.directory.PartnerDirectoryConfiguration;
import nl.wegwijs.support.time.TimeConfiguration;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The defaults a service, a test or the platform may replace (a shared clock, a directory): deferred like
 * auto-configuration, so their {@code @ConditionalOnMissingBean} sees the other beans first.
 */
class ServiceSupportDefaults implements DeferredImportSelector {

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        return new String[] {TimeConfiguration.class.getName(), PartnerDirectoryConfiguration.class.getName()};
    }
}
