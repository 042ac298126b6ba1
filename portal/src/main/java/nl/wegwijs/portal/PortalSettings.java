package nl.wegwijs.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings ({@code wegwijs.portal.*}).
 *
 * @param intakeUrl the intake service's REST API
 * @param referralUrl the referral service's REST API
 * @param monitoringUrl the monitoring service's REST API
 * @param rolesClaim the ID token claim that lists the person's roles (INTAKE, COORDINATOR, PARTNER)
 * @param partnerClaim the ID token claim that names a partner worker's partner code
 * @param passkeysUrl where a signed-in person adds a passkey at the provider; blank for a provider without one
 * @param partnerDirectory the partner directory file the services read; blank for the default of event-contracts
 */
@ConfigurationProperties("wegwijs.portal")
public record PortalSettings(
        String intakeUrl,
        String referralUrl,
        String monitoringUrl,
        String rolesClaim,
        String partnerClaim,
        String passkeysUrl,
        String partnerDirectory) {}
