package nl.wegwijs.notification.partners;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerContact;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who an escalation reaches, per partner and level (docs/design.md section 7): level 1 the partner's contacts, level 2
 * also the municipality's coordinator, level 3 the partner's contacts by mail and the coordinator in the daily digest.
 */
@RestController
class EscalationRecipientsController {

    private final PartnerDirectory directory;

    EscalationRecipientsController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/escalation-recipients")
    List<PartnerRecipients> recipients() {
        String coordinator = directory.municipality().coordinatorEmail();
        return directory.partners().stream()
                .map(partner -> recipientsOf(partner, coordinator))
                .toList();
    }

    private static PartnerRecipients recipientsOf(Partner partner, String coordinator) {
        List<String> contacts =
                partner.contacts().stream().map(PartnerContact::email).toList();
        List<String> withCoordinator = new ArrayList<>(contacts);
        withCoordinator.add(coordinator);
        return new PartnerRecipients(partner.code(), contacts, List.copyOf(withCoordinator), contacts, coordinator);
    }

    record PartnerRecipients(
            PartnerCode partner, List<String> level1, List<String> level2, List<String> level3, String level3Digest) {}
}
