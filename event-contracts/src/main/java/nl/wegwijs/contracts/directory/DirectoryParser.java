package nl.wegwijs.contracts.directory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.SlaPhase;
import tools.jackson.databind.JsonNode;

/** Turns the directory file's JSON into a {@link PartnerDirectory}, refusing anything it cannot trust. */
final class DirectoryParser {

    private DirectoryParser() {}

    static PartnerDirectory parse(JsonNode json) {
        DirectoryNode root = DirectoryNode.root(json);
        Municipality municipality = municipality(root.object("municipality").ownedBy("municipality"));
        Map<PartnerCode, Partner> partners = new LinkedHashMap<>();
        List<DirectoryNode> entries = root.objects("partners");
        if (entries.isEmpty()) {
            throw root.invalid("partners", "must list at least one partner");
        }
        for (DirectoryNode entry : entries) {
            Partner partner = partner(entry);
            if (partners.putIfAbsent(partner.code(), partner) != null) {
                throw entry.ownedBy("partner " + partner.code()).invalid("code", "is listed twice");
            }
        }
        return new PartnerDirectory(municipality, partners);
    }

    private static Municipality municipality(DirectoryNode node) {
        FollowUpPolicy followUps = followUps(node.object("followUps"));
        return node.build(() -> new Municipality(
                node.text("code"),
                node.text("name"),
                node.text("coordinatorEmail"),
                node.text("intakeOfficerEmail"),
                followUps));
    }

    private static FollowUpPolicy followUps(DirectoryNode node) {
        return node.build(
                () -> new FollowUpPolicy(node.integers("monthsAfterIntake"), node.integer("graceWorkingDays")));
    }

    private static Partner partner(DirectoryNode entry) {
        String code = entry.text("code");
        if (!PartnerCode.isValid(code)) {
            throw entry.invalid(
                    "code", "'" + code + "' is not a partner code (upper case letters, digits, underscores)");
        }
        DirectoryNode node = entry.ownedBy("partner " + code);
        DirectoryNode topics = node.object("topics");
        PartnerTopics partnerTopics = new PartnerTopics(topics.text("referrals"), topics.text("responses"));
        List<PartnerContact> contacts = node.objects("contacts").stream()
                .map(c -> c.build(() -> new PartnerContact(c.text("name"), c.text("email"))))
                .toList();
        ConsentRule consent = consent(node.object("consent"));
        SlaPolicy sla = sla(node.object("sla"));
        return node.build(() -> new Partner(
                PartnerCode.of(code),
                node.text("name"),
                partnerTopics,
                node.enumValue("deliveryMode", DeliveryMode.class),
                contacts,
                node.enumSet("profileFields", ProfileField.class),
                node.enumSet("lifeDomains", LifeDomain.class),
                consent,
                sla));
    }

    private static ConsentRule consent(DirectoryNode node) {
        ConsentRule.Rule rule = node.enumValue("rule", ConsentRule.Rule.class);
        return node.build(() -> new ConsentRule(rule, node.optionalText("legalBasis")));
    }

    private static SlaPolicy sla(DirectoryNode node) {
        DirectoryNode phasesNode = node.object("phases");
        Map<SlaPhase, PhaseDeadline> phases = new EnumMap<>(SlaPhase.class);
        for (String name : phasesNode.fieldNames()) {
            SlaPhase phase = phasesNode.enumKey(name, SlaPhase.class);
            DirectoryNode deadline = phasesNode.object(name);
            phases.put(
                    phase,
                    deadline.build(() -> new PhaseDeadline(
                            deadline.positive("workingDays"), deadline.positive("urgentWorkingDays"))));
        }
        List<Integer> offsets = node.integers("escalationOffsets");
        return node.build(() -> new SlaPolicy(phases, offsets));
    }
}
