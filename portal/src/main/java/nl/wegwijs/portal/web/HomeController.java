package nl.wegwijs.portal.web;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a partner worker goes straight to the inbox; the municipality sees what part 1 offers it. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication person, Model model) {
        Set<String> roles = AuthorityUtils.authorityListToSet(person.getAuthorities());
        if (roles.contains("ROLE_PARTNER")) {
            return "redirect:/inbox";
        }
        model.addAttribute("coordinator", roles.contains("ROLE_COORDINATOR"));
        return "home";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
