package nl.wegwijs.platform.issuer;

/** The issuer's own small pages for people; the sign-in form itself is Spring Security's default page. */
final class SignInPages {

    static String linkSent() {
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Kijk in uw e-mail – Wegwijs</title></head>
                <body>
                <main>
                <h1>Kijk in uw e-mail</h1>
                <p id="link-sent">Als dit adres bij Wegwijs bekend is, staat er nu een aanmeldlink in uw e-mail.
                Open die link in deze browser.</p>
                <p lang="en">If this address is known to Wegwijs, a sign-in link is now in your e-mail.
                Open it in this browser.</p>
                </main>
                </body>
                </html>
                """;
    }

    private SignInPages() {}
}
