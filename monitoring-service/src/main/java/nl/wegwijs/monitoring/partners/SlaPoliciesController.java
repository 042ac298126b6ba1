package nl.wegwijs.monitoring.partners;

import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.directory.SlaPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SLA policy in force per partner, as the partner directory sets it. */
@RestController
class SlaPoliciesController {

    private final PartnerDirectory directory;

    SlaPoliciesController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/sla-policies")
    List<PartnerSla> policies() {
        return directory.partners().stream()
                .map(partner -> new PartnerSla(partner.code(), partner.name(), partner.sla()))
                .toList();
    }

    record PartnerSla(PartnerCode partner, String name, SlaPolicy sla) {}
}
