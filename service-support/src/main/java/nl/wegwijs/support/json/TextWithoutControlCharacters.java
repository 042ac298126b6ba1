package nl.wegwijs.support.json;

import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every text a client sends: a control character (a NUL, an escape) is refused rather than stored and passed on to
 * partners; tab and line breaks stay allowed in free text.
 */
final class TextWithoutControlCharacters extends StringDeserializer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && CONTROL.matcher(text).find()) {
            throw context.weirdStringException(text, String.class, "control characters are not allowed");
        }
        return text;
    }
}
