package nl.wegwijs.platform.issuer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the issuer's own sign-in pages and their stylesheet and script (the issuer has no MVC: its endpoints are
 * filters). Runs after authorization, so the passkeys page is only ever shown to a signed-in person.
 */
final class SignInPagesFilter extends OncePerRequestFilter {

    private final RequestMatcher login = get("/login");
    private final RequestMatcher confirmLink = get("/login/ott");
    private final RequestMatcher passkeys = get("/webauthn/register");
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final String portalUrl;
    private final Map<String, Asset> assets = Map.of(
            "/sign-in.css", Asset.of("sign-in.css", "text/css;charset=UTF-8"),
            "/sign-in.js", Asset.of("sign-in.js", "text/javascript;charset=UTF-8"));

    SignInPagesFilter(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            String portalUrl) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.portalUrl = portalUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignInTexts texts = SignInTexts.of(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (login.matches(request)) {
            SignInPages.respond(
                    response,
                    texts,
                    SignInPages.login(
                            texts,
                            csrf,
                            request.getParameter("error") != null,
                            request.getParameter("logout") != null));
        } else if (confirmLink.matches(request)) {
            SignInPages.respond(response, texts, SignInPages.confirmLink(texts, csrf, request.getParameter("token")));
        } else if (passkeys.matches(request)) {
            SignInPages.respond(
                    response,
                    texts,
                    SignInPages.passkeys(
                            texts,
                            csrf,
                            passkeysOfSignedInPerson(),
                            request.getParameter("success") != null,
                            portalUrl));
        } else if ("GET".equals(request.getMethod()) && assets.containsKey(request.getRequestURI())) {
            Asset asset = assets.get(request.getRequestURI());
            response.setContentType(asset.contentType());
            response.getOutputStream().write(asset.content());
        } else {
            chain.doFilter(request, response);
        }
    }

    private List<CredentialRecord> passkeysOfSignedInPerson() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        PublicKeyCredentialUserEntity user = userEntities.findByUsername(name);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }

    private static RequestMatcher get(String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path);
    }

    private record Asset(byte[] content, String contentType) {

        static Asset of(String name, String contentType) {
            try (InputStream in = SignInPagesFilter.class.getResourceAsStream("/issuer/" + name)) {
                return new Asset(in.readAllBytes(), contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
