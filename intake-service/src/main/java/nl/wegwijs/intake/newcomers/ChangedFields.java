package nl.wegwijs.intake.newcomers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The top-level profile fields whose values differ, in the profile's own order, as {@code NewcomerProfileCorrected} names them. */
final class ChangedFields {

    private ChangedFields() {}

    static List<String> between(NewcomerProfile before, NewcomerProfile after, JsonMapper json) {
        JsonNode old = json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        List<String> changed = new ArrayList<>();
        now.propertyNames().forEach(field -> {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }
}
