package nl.wegwijs.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The 75 newcomers of the Zeist pilot, invented from a seed: nationalities, languages, households, life-domain
 * situations and who is referred to which partner, exactly in the report's numbers. Names come from a fixed list of
 * common given and family names, combined at random; they are no real persons.
 */
final class ZeistCohort {

    static final LocalDate FIRST_INTAKE = LocalDate.of(2016, 12, 1);
    static final LocalDate LAST_INTAKE = LocalDate.of(2017, 8, 23);

    static final String RSD = "RSD";
    static final String TAALHUIS = "TAALHUIS";
    static final String SAMEN_OPLOPEN = "SAMEN_OPLOPEN";
    static final String CJG = "CJG";
    static final String SOCIAAL_TEAM = "SOCIAAL_TEAM";

    record Domain(String domain, String situation, String urgency) {}

    record ReferralPlan(String partner, List<String> lifeDomains, String reason, String urgency) {}

    record Newcomer(
            int index,
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            String country,
            List<String> languages,
            String interpreterLanguage,
            LocalDate intakeDate,
            int adults,
            List<Integer> childrenBirthYears,
            List<Domain> domains,
            List<String> talents,
            List<String> ambitions,
            List<String> interests,
            List<ReferralPlan> referrals) {

        boolean referredTo(String partner) {
            return referrals.stream().anyMatch(r -> r.partner().equals(partner));
        }
    }

    private static final String[][] GIVEN = {
        {
            "Amal", "Rami", "Lina", "Yousef", "Hiba", "Karim", "Nour", "Samir", "Rasha", "Tarek", "Dima", "Fadi",
            "Maya", "Bassel", "Rana", "Ziad", "Salma", "Omar", "Reem", "Hadi"
        },
        {
            "Senait", "Tesfay", "Helen", "Yonas", "Mebrat", "Dawit", "Selam", "Filmon", "Ruta", "Habtom", "Saba",
            "Mussie", "Luwam", "Biniam"
        },
        {"Farid", "Mariam", "Jawad", "Zahra", "Naveed", "Shabnam"},
        {"Layla", "Haider", "Noor"},
        {"Grace", "Patrick", "Esther", "Joseph"}
    };
    private static final String[][] FAMILY = {
        {"Haddad", "Khoury", "Nasser", "Saleh", "Darwish", "Halabi", "Mansour", "Aziz", "Hamdan", "Sabbagh", "Attar"},
        {"Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tekle", "Woldu", "Ghebreyesus", "Asmerom"},
        {"Rahimi", "Karimi", "Ahmadi", "Noori"},
        {"Al-Jabouri", "Kareem", "Hashimi"},
        {"Mbala", "Kabongo", "Lukusa"}
    };
    private static final String[] STREETS = {
        "Voorbeeldlaan", "Proefstraat", "Lindelaan", "Kastanjehof", "Beukenweg", "Eikenpad", "Vlinderhof", "Merelstraat"
    };
    private static final String[] TALENTS = {
        "cooking", "sewing", "carpentry", "football", "drawing", "languages", "hairdressing", "mechanics"
    };
    private static final String[] AMBITIONS = {
        "study nursing",
        "work as an electrician",
        "open a shop",
        "work in a pharmacy",
        "become a teacher",
        "drive a bus",
        "study IT",
        "work in a kitchen"
    };
    private static final String[] INTERESTS = {
        "swimming", "football", "music", "cycling", "the library", "gardening", "chess"
    };

    private final List<Newcomer> newcomers;

    private ZeistCohort(List<Newcomer> newcomers) {
        this.newcomers = List.copyOf(newcomers);
    }

    List<Newcomer> newcomers() {
        return newcomers;
    }

    static String street(int index) {
        return STREETS[index % STREETS.length];
    }

    static ZeistCohort of(long seed) {
        Random random = new Random(seed);
        List<String> countries = new ArrayList<>();
        countries.addAll(Collections.nCopies(48, "SY"));
        countries.addAll(Collections.nCopies(23, "ER"));
        countries.addAll(Collections.nCopies(2, "AF"));
        countries.add("IQ");
        countries.add("CD");
        Collections.shuffle(countries, random);

        List<Integer> all = IntStream.range(0, 75).boxed().toList();
        List<Integer> shuffled = shuffled(all, random);
        Set<Integer> families = new TreeSet<>(shuffled.subList(0, 22));
        Set<Integer> seriouslyIll = new TreeSet<>(shuffled.subList(22, 24));
        Set<Integer> debts = new TreeSet<>(shuffled.subList(24, 26));
        Set<Integer> cjg =
                new TreeSet<>(shuffled(new ArrayList<>(families), random).subList(0, 7));
        Set<Integer> samenOplopen = new TreeSet<>(shuffled(all, random).subList(0, 14));
        Set<Integer> taalhuis = new TreeSet<>(shuffled(all, random).subList(0, 50));

        List<Newcomer> result = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            String country = countries.get(i);
            int origin = List.of("SY", "ER", "AF", "IQ", "CD").indexOf(country);
            LocalDate intake = workingDay(FIRST_INTAKE.plusDays(
                    Math.round(i * (double) (LAST_INTAKE.toEpochDay() - FIRST_INTAKE.toEpochDay()) / 74)));
            boolean family = families.contains(i);
            int age = family ? 26 + random.nextInt(18) : 19 + random.nextInt(9);
            LocalDate born = intake.minusYears(age).minusDays(random.nextInt(365));
            List<Integer> children = new ArrayList<>();
            if (family) {
                int count = 1 + random.nextInt(4);
                for (int c = 0; c < count; c++) {
                    children.add(2016 - random.nextInt(Math.min(15, age - 18)));
                }
                Collections.sort(children);
            }
            List<String> languages = languages(country, random);
            List<Domain> domains = new ArrayList<>();
            List<ReferralPlan> referrals = new ArrayList<>();
            String ambition = AMBITIONS[random.nextInt(AMBITIONS.length)];
            boolean ill = seriouslyIll.contains(i);
            domains.add(new Domain(
                    "LANGUAGE",
                    "Speaks " + String.join(", ", languages) + "; no Dutch yet beyond a few words.",
                    "NORMAL"));
            if (!ill) {
                boolean young = age < 24;
                String rsdDomain = young ? "EDUCATION" : "WORK_AND_INCOME";
                domains.add(new Domain(
                        rsdDomain,
                        young
                                ? "Finished secondary school; wants to " + ambition + "."
                                : "Has work experience; wants to " + ambition + ".",
                        "NORMAL"));
                referrals.add(new ReferralPlan(
                        RSD, List.of(rsdDomain), "Benefits and a route towards " + ambition + ".", "NORMAL"));
            } else {
                domains.add(
                        new Domain("HEALTH", "Seriously ill; in hospital treatment, not able to work now.", "URGENT"));
            }
            if (taalhuis.contains(i)) {
                referrals.add(new ReferralPlan(
                        TAALHUIS,
                        List.of("LANGUAGE"),
                        "A language buddy beside the civic integration course.",
                        "NORMAL"));
            }
            if (samenOplopen.contains(i)) {
                domains.add(new Domain("SOCIAL_NETWORK", "Knows hardly anyone in Zeist yet.", "NORMAL"));
                referrals.add(new ReferralPlan(
                        SAMEN_OPLOPEN,
                        List.of("SOCIAL_NETWORK", "KNOWING_THE_WAY"),
                        "A volunteer buddy who visits at home and shows the way around town.",
                        "NORMAL"));
            }
            if (family) {
                domains.add(new Domain(
                        "CHILDREN_AND_PARENTING",
                        children.size() + " child(ren); questions about school and childcare.",
                        "NORMAL"));
                if (cjg.contains(i)) {
                    referrals.add(new ReferralPlan(
                            CJG,
                            List.of("CHILDREN_AND_PARENTING"),
                            "Parenting questions and school for the children.",
                            "NORMAL"));
                }
            }
            if (ill) {
                referrals.add(new ReferralPlan(
                        SOCIAAL_TEAM, List.of("HEALTH"), "Care at home and a GP during treatment.", "URGENT"));
            } else if (debts.contains(i)) {
                domains.add(new Domain("FINANCES", "Debts from the journey; letters not understood.", "URGENT"));
                referrals.add(new ReferralPlan(
                        SOCIAAL_TEAM, List.of("FINANCES"), "Help with debts and official letters.", "NORMAL"));
            }
            domains.add(new Domain("HOUSING", "Moves into a social rental home in Zeist.", "NORMAL"));
            result.add(new Newcomer(
                    i,
                    pick(GIVEN[origin], random),
                    pick(FAMILY[origin], random),
                    born,
                    country,
                    languages,
                    languages.get(0).equals("nl") ? null : languages.get(0),
                    intake,
                    family ? 1 + random.nextInt(2) : 1,
                    children,
                    domains,
                    List.of(pick(TALENTS, random)),
                    List.of(ambition),
                    List.of(pick(INTERESTS, random)),
                    referrals));
        }
        return new ZeistCohort(result);
    }

    private static List<String> languages(String country, Random random) {
        List<String> languages = new ArrayList<>();
        switch (country) {
            case "SY" -> {
                languages.add("ar");
                if (random.nextInt(3) == 0) {
                    languages.add("en");
                }
            }
            case "ER" -> {
                languages.add("ti");
                if (random.nextInt(4) == 0) {
                    languages.add("ar");
                }
            }
            case "AF" -> {
                languages.add("prs");
                languages.add("fa");
            }
            case "IQ" -> {
                languages.add("ar");
                languages.add("en");
            }
            default -> languages.add("fr");
        }
        if (random.nextInt(10) == 0) {
            languages.add("nl");
        }
        return languages;
    }

    /** The day itself, or the next Dutch working day: nobody holds an intake on a weekend or a public holiday. */
    static LocalDate workingDay(LocalDate day) {
        return PilotCalendar.onOrAfter(day);
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
