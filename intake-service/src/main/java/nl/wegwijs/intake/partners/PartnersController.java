package nl.wegwijs.intake.partners;

import java.util.List;
import java.util.Set;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.ConsentRule;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partners an officer can refer to, with the life domains each takes and whether consent is needed. */
@RestController
class PartnersController {

    private final PartnerDirectory directory;

    PartnersController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/partners")
    List<ReferablePartner> partners() {
        return directory.partners().stream()
                .map(partner ->
                        new ReferablePartner(partner.code(), partner.name(), partner.lifeDomains(), partner.consent()))
                .toList();
    }

    record ReferablePartner(PartnerCode code, String name, Set<LifeDomain> lifeDomains, ConsentRule consent) {}
}
