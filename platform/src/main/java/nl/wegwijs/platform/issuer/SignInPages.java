package nl.wegwijs.platform.issuer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.web.util.HtmlUtils;

/**
 * The issuer's own pages for people, in Dutch or English: sign-in (a mailed link or a passkey), confirming a link,
 * the link sent, too many requests, and adding a passkey. No inline script or style; labelled controls.
 */
final class SignInPages {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static String login(SignInTexts texts, CsrfToken csrf, boolean error, boolean signedOut) {
        return page(texts, "login.title", csrf, """
                <h1>%s</h1>
                %s%s
                <p>%s</p>
                <section aria-labelledby="by-link">
                <h2 id="by-link">%s</h2>
                <p id="ott-hint">%s</p>
                <form id="ott-form" method="post" action="/ott/generate">
                <label for="ott-username">%s</label>
                <input type="email" id="ott-username" name="username" autocomplete="username" required
                       aria-describedby="ott-hint">
                %s
                <button type="submit" form="ott-form">%s</button>
                </form>
                </section>
                <section aria-labelledby="by-passkey" id="passkey-section">
                <h2 id="by-passkey">%s</h2>
                <p>%s</p>
                <button type="button" class="secondary" id="passkey-signin">%s</button>
                </section>
                """.formatted(
                        texts.html("login.title"),
                        error ? alert("login-error", texts.html("login.error")) : "",
                        signedOut ? status("signed-out", texts.html("login.logout")) : "",
                        texts.html("login.intro"),
                        texts.html("login.link.title"),
                        texts.html("login.link.intro"),
                        texts.html("login.link.email"),
                        hidden(csrf),
                        texts.html("login.link.submit"),
                        texts.html("login.passkey.title"),
                        texts.html("login.passkey.intro"),
                        texts.html("login.passkey.submit")));
    }

    /** A mailed link opens this page first, so that a mail scanner fetching the link does not use it up. */
    static String confirmLink(SignInTexts texts, CsrfToken csrf, String token) {
        return page(texts, "ott.title", null, """
                <h1>%s</h1>
                <p>%s</p>
                <form method="post" action="/login/ott">
                <label for="token">%s</label>
                <input type="text" id="token" name="token" value="%s" required autocomplete="off">
                %s
                <button type="submit">%s</button>
                </form>
                """.formatted(
                        texts.html("ott.title"),
                        texts.html("ott.intro"),
                        texts.html("ott.token"),
                        HtmlUtils.htmlEscape(token == null ? "" : token),
                        hidden(csrf),
                        texts.html("ott.submit")));
    }

    static String linkSent(SignInTexts texts) {
        return page(texts, "sent.title", null, """
                <h1>%s</h1>
                <p id="link-sent">%s</p>
                """.formatted(texts.html("sent.title"), texts.html("sent.text")));
    }

    static String tooManyRequests(SignInTexts texts, long minutes) {
        return page(texts, "limited.title", null, """
                <h1>%s</h1>
                <p id="too-many-requests">%s</p>
                <p><a href="/login">%s</a></p>
                """.formatted(
                        texts.html("limited.title"), texts.html("limited.text", minutes), texts.html("limited.back")));
    }

    static String passkeys(
            SignInTexts texts, CsrfToken csrf, List<CredentialRecord> passkeys, boolean added, String portalUrl) {
        StringBuilder list = new StringBuilder();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale());
        passkeys.forEach(passkey -> list.append("<li>")
                .append(HtmlUtils.htmlEscape(passkey.getLabel()))
                .append(", ")
                .append(texts.html(
                        "passkeys.created", passkey.getCreated().atZone(ZONE).format(date)))
                .append("</li>\n"));
        return page(texts, "passkeys.title", csrf, """
                <h1>%s</h1>
                <p>%s</p>
                %s
                <div class="alert alert--error" role="alert" id="passkey-error" hidden><p>%s</p></div>
                <h2>%s</h2>
                %s
                <h2>%s</h2>
                <label for="passkey-label">%s</label>
                <p class="hint" id="passkey-label-hint">%s</p>
                <input type="text" id="passkey-label" required aria-describedby="passkey-label-hint">
                <button type="button" id="passkey-register">%s</button>
                <p><a href="%s">%s</a></p>
                """.formatted(
                        texts.html("passkeys.title"),
                        texts.html("passkeys.intro"),
                        added ? status("passkey-added", texts.html("passkeys.added")) : "",
                        texts.html("passkeys.failed"),
                        texts.html("passkeys.yours"),
                        passkeys.isEmpty()
                                ? "<p id=\"passkeys-none\">" + texts.html("passkeys.none") + "</p>"
                                : "<ul id=\"passkeys\">\n" + list + "</ul>",
                        texts.html("passkeys.add"),
                        texts.html("passkeys.label"),
                        texts.html("passkeys.label.hint"),
                        texts.html("passkeys.add"),
                        HtmlUtils.htmlEscape(portalUrl + "/"),
                        texts.html("passkeys.back")));
    }

    static void respond(HttpServletResponse response, SignInTexts texts, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", texts.language());
        response.getWriter().write(html);
    }

    /** The page around a body; {@code csrf} is given to pages whose script posts (passkeys). */
    private static String page(SignInTexts texts, String titleKey, CsrfToken csrf, String body) {
        String scripts = csrf == null
                ? ""
                : """
                <meta name="_csrf" content="%s">
                <meta name="_csrf_header" content="%s">
                <script src="/login/webauthn.js" defer></script>
                <script src="/sign-in.js" defer></script>
                """.formatted(HtmlUtils.htmlEscape(csrf.getToken()), HtmlUtils.htmlEscape(csrf.getHeaderName()));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <link rel="stylesheet" href="/sign-in.css">
                %s</head>
                <body>
                <header>Wegwijs</header>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(texts.language(), texts.html(titleKey), texts.html("page.suffix"), scripts, body);
    }

    private static String hidden(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private static String alert(String id, String html) {
        return "<div class=\"alert alert--error\" role=\"alert\" id=\"" + id + "\"><p>" + html + "</p></div>\n";
    }

    private static String status(String id, String html) {
        return "<div class=\"alert alert--ok\" role=\"status\" id=\"" + id + "\"><p>" + html + "</p></div>\n";
    }

    private SignInPages() {}
}
