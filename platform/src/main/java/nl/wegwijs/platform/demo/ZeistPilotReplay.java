package nl.wegwijs.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.client.ApiClient;
import nl.wegwijs.platform.demo.ZeistCohort.Newcomer;
import nl.wegwijs.platform.demo.ZeistCohort.ReferralPlan;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import nl.wegwijs.platform.time.AdjustableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays the Zeist pilot (1 December 2016 to 15 September 2017) on a running platform, only through its public REST
 * APIs with tokens from its issuer, moving the shared {@link AdjustableClock} from one event to the next: 75 intakes,
 * the partners' answers as the evaluation report describes them, and 14 half-year conversations.
 */
public final class ZeistPilotReplay {

    private static final Logger log = LoggerFactory.getLogger(ZeistPilotReplay.class);

    public static final Instant START = Instant.parse("2016-12-01T08:00:00Z");
    public static final LocalDate FROM = LocalDate.of(2016, 12, 1);
    public static final LocalDate TO = LocalDate.of(2017, 9, 15);
    /** The report's measurement day; the clock stands here when the replay is done. */
    public static final Instant END = Instant.parse("2017-09-15T12:00:00Z");

    /** Nothing a partner does after this moment falls within the pilot. */
    private static final Instant LAST_ACTION = Instant.parse("2017-09-14T14:00:00Z");

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(60);
    private static final int HALF_YEAR_CONVERSATIONS = 14;
    private static final int TAALHUIS_ACCEPTED = 28;
    private static final List<String> PARTICIPATION = List.of("EDUCATION", "VOLUNTEERING", "PAID_WORK");

    /** The pilot's referral figures (docs/domain.md, "What the pilot measured"), in report order. */
    public static final Map<String, Integer> PILOT_REFERRED = pilotReferred();

    private final WegwijsPlatform platform;
    private final AdjustableClock clock;
    private final long seed;
    private final ApiClient client;
    private final Map<String, UUID> referrals = new HashMap<>();
    private final Map<String, String> status = new HashMap<>();
    private final Map<Integer, UUID> newcomerIds = new HashMap<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    private ZeistPilotReplay(WegwijsPlatform platform, AdjustableClock clock, long seed) {
        this.platform = platform;
        this.clock = clock;
        this.seed = seed;
        this.client = new ApiClient(platform);
    }

    /** What the replay did and the partner report the monitoring service produced afterwards. */
    public record Result(
            Duration duration,
            int newcomers,
            int halfYearConversations,
            Map<String, Integer> referred,
            Map<String, Integer> accepted,
            Map<String, Integer> waitlisted,
            JsonNode partnerReport) {

        /** The report's rows beside the pilot's own figures. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "Zeist pilot replayed in %.1f s: %d intakes, %d half-year conversations held (pilot: 75, 14)%n",
                    duration.toMillis() / 1000.0, newcomers, halfYearConversations));
            out.append(String.format(
                    "%-14s %9s %9s %9s %10s %11s %9s %8s%n",
                    "partner", "referred", "(pilot)", "accepted", "waitlisted", "inProgress", "stalled", "(pilot)"));
            for (JsonNode row : partnerReport.get("partners")) {
                String partner = row.get("partner").asString();
                String pilotPickedUp = switch (partner) {
                    case ZeistCohort.SAMEN_OPLOPEN -> "14";
                    case ZeistCohort.TAALHUIS -> "28";
                    default -> "-";
                };
                int stalled = row.get("stalledLevel1").asInt()
                        + row.get("stalledLevel2").asInt()
                        + row.get("stalledLevel3").asInt();
                out.append(String.format(
                        "%-14s %9d %9s %9d %10d %11d %9d %8s%n",
                        partner,
                        row.get("referred").asInt(),
                        PILOT_REFERRED.containsKey(partner) ? PILOT_REFERRED.get(partner) : "-",
                        row.get("accepted").asInt(),
                        row.get("waitlisted").asInt(),
                        row.get("inProgress").asInt(),
                        stalled,
                        pilotPickedUp));
            }
            out.append("(pilot) after accepted: referrals picked up per the report (Samen Oplopen all with a buddy, "
                    + "Taalhuis 28 with language support)");
            return out.toString();
        }
    }

    /** Runs the whole replay; the clock must stand at or before {@link #START}. */
    public static Result run(WegwijsPlatform platform, AdjustableClock clock, long seed) {
        return new ZeistPilotReplay(platform, clock, seed).replay();
    }

    private sealed interface Step permits IntakeStep, PartnerStep, FollowUpStep {
        Instant at();
    }

    private record IntakeStep(Instant at, Newcomer newcomer) implements Step {}

    private record PartnerStep(Instant at, int newcomer, String partner, String action, String body) implements Step {}

    private record FollowUpStep(Instant at, Newcomer newcomer, String participation) implements Step {}

    private Result replay() {
        long begin = System.nanoTime();
        ZeistCohort cohort = ZeistCohort.of(seed);
        List<Step> steps = plan(cohort, new Random(seed * 31 + 7));
        Map<String, Integer> referred = new LinkedHashMap<>();
        Map<String, Integer> accepted = new LinkedHashMap<>();
        Map<String, Integer> waitlisted = new LinkedHashMap<>();
        int held = 0;
        for (Step step : steps) {
            if (step.at().isAfter(clock.instant())) {
                clock.set(step.at());
            }
            long stepBegin = System.nanoTime();
            if (step instanceof IntakeStep intake) {
                recordIntake(intake.newcomer());
                awaitReceived(intake.newcomer());
                intake.newcomer().referrals().forEach(r -> referred.merge(r.partner(), 1, Integer::sum));
            } else if (step instanceof PartnerStep partner) {
                act(partner);
                if (partner.action().equals("accept")) {
                    accepted.merge(partner.partner(), 1, Integer::sum);
                } else if (partner.action().equals("waitlist")) {
                    waitlisted.merge(partner.partner(), 1, Integer::sum);
                }
            } else if (step instanceof FollowUpStep followUp) {
                holdHalfYearConversation(followUp);
                held++;
            }
            nanos.merge(step.getClass().getSimpleName(), System.nanoTime() - stepBegin, Long::sum);
        }
        clock.set(END);
        long reportBegin = System.nanoTime();
        JsonNode report = awaitReport(referred, accepted, waitlisted);
        nanos.put("final report wait", System.nanoTime() - reportBegin);
        Duration duration = Duration.ofNanos(System.nanoTime() - begin);
        StringBuilder spent = new StringBuilder();
        nanos.forEach((what, time) ->
                spent.append(what).append(' ').append(time / 1_000_000).append(" ms; "));
        log.info("Zeist pilot replayed in {} ({})", duration, spent);
        return new Result(duration, cohort.newcomers().size(), held, referred, accepted, waitlisted, report);
    }

    /** Every step of the pilot, in the order of the simulated clock. */
    private static List<Step> plan(ZeistCohort cohort, Random random) {
        List<Step> steps = new ArrayList<>();
        List<Newcomer> taalhuis = cohort.newcomers().stream()
                .filter(n -> n.referredTo(ZeistCohort.TAALHUIS))
                .toList();
        List<Integer> taalhuisOrder = new ArrayList<>();
        for (int i = 0; i < taalhuis.size(); i++) {
            taalhuisOrder.add(i);
        }
        Collections.shuffle(taalhuisOrder, random);
        List<Integer> taalhuisAccepted = taalhuisOrder.subList(0, TAALHUIS_ACCEPTED).stream()
                .map(i -> taalhuis.get(i).index())
                .toList();
        for (Newcomer n : cohort.newcomers()) {
            Instant intakeAt = at(n.intakeDate(), 9 + n.index() % 4);
            steps.add(new IntakeStep(intakeAt, n));
            for (ReferralPlan referral : n.referrals()) {
                String partner = referral.partner();
                switch (partner) {
                    case ZeistCohort.RSD -> {
                        // High workload: weeks to months before RSD picks up; late ones fall after the pilot.
                        Instant accept = later(intakeAt, 21 + random.nextInt(160));
                        addAccepted(steps, n, partner, accept, 14 + random.nextInt(35), false);
                    }
                    case ZeistCohort.TAALHUIS -> {
                        if (taalhuisAccepted.contains(n.index())) {
                            Instant accept = later(intakeAt, 14 + random.nextInt(28));
                            addAccepted(steps, n, partner, accept, 7 + random.nextInt(21), true);
                        } else {
                            Instant waitlist = later(intakeAt, 10 + random.nextInt(21));
                            steps.add(new PartnerStep(
                                    capped(waitlist),
                                    n.index(),
                                    partner,
                                    "waitlist",
                                    "{\"waitWeeks\":" + (12 + random.nextInt(15)) + "}"));
                        }
                    }
                    case ZeistCohort.SAMEN_OPLOPEN -> {
                        Instant accept = later(intakeAt, 10 + random.nextInt(14));
                        addAccepted(steps, n, partner, accept, 7 + random.nextInt(14), true);
                    }
                    default -> {
                        Instant accept = later(intakeAt, 2 + random.nextInt(3));
                        addAccepted(steps, n, partner, accept, 5 + random.nextInt(10), true);
                    }
                }
            }
        }
        List<Newcomer> halfYear = cohort.newcomers().stream()
                .sorted(Comparator.comparing(Newcomer::intakeDate).thenComparing(Newcomer::index))
                .limit(HALF_YEAR_CONVERSATIONS)
                .toList();
        for (int i = 0; i < halfYear.size(); i++) {
            Newcomer n = halfYear.get(i);
            Instant heldAt = at(ZeistCohort.workingDay(n.intakeDate().plusMonths(6)), 13);
            if (heldAt.isAfter(LAST_ACTION)) {
                throw new IllegalStateException("Half-year conversation of " + n.index() + " after the pilot");
            }
            // The report: of the 14, four each in education, volunteering and a part-time job.
            steps.add(new FollowUpStep(heldAt, n, i < 12 ? PARTICIPATION.get(i % 3) : "NONE"));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static void addAccepted(
            List<Step> steps, Newcomer n, String partner, Instant accept, int startAfterDays, boolean mustHappen) {
        Instant when = mustHappen ? capped(accept) : accept;
        if (when.isAfter(LAST_ACTION)) {
            return;
        }
        steps.add(new PartnerStep(when, n.index(), partner, "accept", null));
        Instant start = later(when, startAfterDays);
        if (!start.isAfter(LAST_ACTION) && (n.index() % 3 != 0 || !partner.equals(ZeistCohort.TAALHUIS))) {
            steps.add(new PartnerStep(start, n.index(), partner, "start", null));
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    private static Instant later(Instant from, int days) {
        LocalDate day =
                ZeistCohort.workingDay(from.atZone(ZoneOffset.UTC).toLocalDate().plusDays(days));
        return at(day, 10 + days % 5);
    }

    private static Instant capped(Instant when) {
        return when.isAfter(LAST_ACTION) ? LAST_ACTION : when;
    }

    /**
     * The inbox consumer acknowledges by itself. The clock waits for it: a referral acknowledged only after the clock
     * moved on would start its pick-up deadline late, and the stalls at the end would not be the pilot's.
     */
    private void awaitReceived(Newcomer n) {
        long awaitBegin = System.nanoTime();
        for (ReferralPlan plan : n.referrals()) {
            UUID referral = referrals.get(key(n.index(), plan.partner()));
            String partnerClient = "partner-" + plan.partner().toLowerCase().replace('_', '-');
            String url = url(Service.REFERRAL, "/api/partner/referrals/" + referral);
            awaitUntil(
                    () -> {
                        ApiClient.Reply reply = client.get(url, partnerClient);
                        return reply.status() == 200
                                && !reply.json().get("status").asString().equals("REQUESTED");
                    },
                    "referral " + referral + " to " + plan.partner() + " received");
        }
        nanos.merge("awaiting RECEIVED", System.nanoTime() - awaitBegin, Long::sum);
    }

    private void recordIntake(Newcomer n) {
        String body = ApiClient.JSON.writeValueAsString(intakeRequest(n));
        JsonNode created = client.post(
                        url(Service.INTAKE, "/api/newcomers"),
                        "intake-officer",
                        body,
                        "zeist-2017-" + seed + "-" + n.index())
                .expect(201, "The intake of newcomer " + n.index())
                .json();
        newcomerIds.put(n.index(), UUID.fromString(created.get("newcomerId").asString()));
        for (JsonNode referral : created.get("referrals")) {
            String partner = referral.get("partner").asString();
            referrals.put(
                    key(n.index(), partner),
                    UUID.fromString(referral.get("referralId").asString()));
        }
    }

    private ObjectNode intakeRequest(Newcomer n) {
        ObjectNode request = ApiClient.JSON.createObjectNode();
        ObjectNode profile = request.putObject("profile");
        ObjectNode name = profile.putObject("name");
        name.put("givenNames", n.givenNames());
        name.put("familyName", n.familyName());
        profile.put("dateOfBirth", n.dateOfBirth().toString());
        profile.put("countryOfOrigin", n.country());
        ArrayNode languages = profile.putArray("languages");
        n.languages().forEach(languages::add);
        ObjectNode interpreter = profile.putObject("interpreter");
        interpreter.put("needed", n.interpreterLanguage() != null);
        if (n.interpreterLanguage() != null) {
            interpreter.put("language", n.interpreterLanguage());
        }
        ObjectNode contact = profile.putObject("contact");
        contact.put("phone", String.format("+31 6 %04d %04d", 1000 + n.index(), 2000 + (n.index() * 37) % 8000));
        contact.put("email", "nieuwkomer" + (n.index() + 1) + "@example.net");
        ObjectNode address = contact.putObject("address");
        address.put("street", ZeistCohort.street(n.index()));
        address.put("houseNumber", String.valueOf(1 + n.index() % 60));
        address.put(
                "postalCode",
                (3701 + n.index() % 9) + " " + (char) ('A' + n.index() % 26) + (char) ('B' + n.index() % 24));
        address.put("city", "Zeist");
        profile.put("moveInDate", n.intakeDate().plusDays(14).toString());
        profile.put("intakeDate", n.intakeDate().toString());
        ObjectNode household = profile.putObject("household");
        household.put("adults", n.adults());
        ArrayNode children = household.putArray("childrenBirthYears");
        n.childrenBirthYears().forEach(children::add);
        ArrayNode domains = profile.putArray("lifeDomains");
        for (ZeistCohort.Domain domain : n.domains()) {
            ObjectNode d = domains.addObject();
            d.put("domain", domain.domain());
            d.put("situation", domain.situation());
            d.put("supportNeeded", true);
            d.put("urgency", domain.urgency());
        }
        ObjectNode tags = profile.putObject("tags");
        n.talents().forEach(tags.putArray("talents")::add);
        n.ambitions().forEach(tags.putArray("ambitions")::add);
        n.interests().forEach(tags.putArray("interests")::add);
        ArrayNode consents = profile.putArray("consents");
        ArrayNode referralArray = request.putArray("referrals");
        for (ReferralPlan referral : n.referrals()) {
            if (!referral.partner().equals(ZeistCohort.RSD)) {
                ObjectNode consent = consents.addObject();
                consent.put("partner", referral.partner());
                consent.put("status", "GIVEN");
                consent.put("recordedOn", n.intakeDate().toString());
            }
            ObjectNode r = referralArray.addObject();
            r.put("partner", referral.partner());
            referral.lifeDomains().forEach(r.putArray("lifeDomains")::add);
            r.put("reason", referral.reason());
            r.put("urgency", referral.urgency());
        }
        return request;
    }

    private void act(PartnerStep step) {
        UUID referral = referrals.get(key(step.newcomer(), step.partner()));
        String partnerClient = "partner-" + step.partner().toLowerCase().replace('_', '-');
        String base = url(Service.REFERRAL, "/api/partner/referrals/" + referral);
        client.post(base + "/" + step.action(), partnerClient, step.body() == null ? "{}" : step.body(), null)
                .expect(200, step.partner() + " " + step.action() + " of " + referral);
        status.put(referral.toString(), step.action());
    }

    private void holdHalfYearConversation(FollowUpStep step) {
        Newcomer n = step.newcomer();
        UUID id = newcomerIds.get(n.index());
        ObjectNode request = ApiClient.JSON.createObjectNode();
        request.put(
                "heldOn", clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        ObjectNode pillars = request.putObject("pillars");
        ObjectNode language = pillars.putObject("language");
        boolean taalhuisSupport =
                "accept".equals(statusOf(n, ZeistCohort.TAALHUIS)) || "start".equals(statusOf(n, ZeistCohort.TAALHUIS));
        language.put("level", taalhuisSupport ? "A1" : "A0");
        language.put("supportReceived", taalhuisSupport);
        pillars.putObject("socialNetwork")
                .put("contactsWithResidents", n.referredTo(ZeistCohort.SAMEN_OPLOPEN) ? 3 : 1);
        pillars.put("participation", step.participation());
        ObjectNode knowingTheWay = pillars.putObject("knowingTheWay");
        knowingTheWay.putArray("activitiesJoined").add(n.interests().get(0));
        knowingTheWay.put("satisfied", true);
        ArrayNode reviews = request.putArray("referralReviews");
        for (ReferralPlan referral : n.referrals()) {
            String done = statusOf(n, referral.partner());
            ObjectNode review = reviews.addObject();
            review.put(
                    "referralId",
                    referrals.get(key(n.index(), referral.partner())).toString());
            review.put("pickUp", "accept".equals(done) || "start".equals(done) ? "PICKED_UP" : "NOT_YET");
        }
        request.put("notes", "Half-year conversation with an interpreter; the list of actions was gone through.");
        client.post(
                        url(Service.INTAKE, "/api/newcomers/" + id + "/follow-ups/1"),
                        "intake-officer",
                        ApiClient.JSON.writeValueAsString(request),
                        null)
                .expect(200, "The half-year conversation of " + id);
    }

    private String statusOf(Newcomer n, String partner) {
        UUID referral = referrals.get(key(n.index(), partner));
        return referral == null ? null : status.get(referral.toString());
    }

    /** Waits until the monitoring service has seen every step: its report shows what the replay did. */
    private JsonNode awaitReport(
            Map<String, Integer> referred, Map<String, Integer> accepted, Map<String, Integer> waitlisted) {
        String url = url(Service.MONITORING, "/api/reports/partners?from=" + FROM + "&to=" + TO);
        JsonNode[] last = new JsonNode[1];
        awaitUntil(
                () -> {
                    ApiClient.Reply reply = client.get(url, "coordinator");
                    if (reply.status() != 200) {
                        return false;
                    }
                    last[0] = reply.json();
                    for (JsonNode row : last[0].get("partners")) {
                        String partner = row.get("partner").asString();
                        if (row.get("referred").asInt() != referred.getOrDefault(partner, 0)
                                || row.get("accepted").asInt() != accepted.getOrDefault(partner, 0)
                                || row.get("waitlisted").asInt() != waitlisted.getOrDefault(partner, 0)) {
                            return false;
                        }
                    }
                    return true;
                },
                "the partner report to show the replay");
        return last[0];
    }

    /** Bounded polling: the asynchronous pipeline (Kafka, consumers) catches up within the timeout or we fail. */
    private static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        long pause = 10;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what + " after " + PIPELINE_TIMEOUT);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = Math.min(pause * 2, 40);
        }
    }

    private static String key(int newcomer, String partner) {
        return newcomer + "/" + partner;
    }

    private String url(Service service, String path) {
        return platform.serviceUrl(service) + path;
    }

    private static Map<String, Integer> pilotReferred() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put(ZeistCohort.RSD, 73);
        figures.put(ZeistCohort.TAALHUIS, 50);
        figures.put(ZeistCohort.SAMEN_OPLOPEN, 14);
        figures.put(ZeistCohort.CJG, 7);
        figures.put(ZeistCohort.SOCIAAL_TEAM, 4);
        return figures;
    }
}
