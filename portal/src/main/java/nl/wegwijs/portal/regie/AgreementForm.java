package nl.wegwijs.portal.regie;

import java.util.LinkedHashMap;
import java.util.Map;

/** The agreement form of one agenda item, as typed; {@code byWhen} is the date input's ISO text. */
record AgreementForm(String item, String who, String what, String byWhen) {

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("who", who);
        body.put("what", what);
        body.put("byWhen", byWhen == null || byWhen.isBlank() ? null : byWhen);
        return body;
    }
}
