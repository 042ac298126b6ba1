package nl.wegwijs.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.wegwijs.portal.PortalSettings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: whether to offer sign-out and adding a passkey, and the address the language switch
 * links back to.
 */
@ControllerAdvice
class PageBasics {

    private final PortalSettings settings;

    PageBasics(PortalSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("signedIn")
    boolean signedIn(Authentication person) {
        return person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken);
    }

    @ModelAttribute("passkeysUrl")
    String passkeysUrl() {
        return settings.passkeysUrl();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
