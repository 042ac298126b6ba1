package nl.wegwijs.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.notifications.Audience;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification in the configured language. Templates live under {@code notification/mail/} rather than
 * Boot's shared {@code templates/}, since the embedded platform puts every service on one classpath; their texts are
 * in {@code messages.properties} (Dutch, the default) and {@code messages_en.properties}. A notice to a newcomer is
 * written in the newcomer's language by {@link NoticeComposer}.
 */
@Component
public class MailComposer {

    private static final String ROOT = "notification/mail/";

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final PartnerDirectory directory;
    private final NotificationSettings settings;
    private final NoticeComposer notices;

    MailComposer(PartnerDirectory directory, NotificationSettings settings, NoticeComposer notices) {
        this.directory = directory;
        this.settings = settings;
        this.notices = notices;
        this.messages = messages();
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver("text/*", ".txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver("html/*", ".html", TemplateMode.HTML, 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    public ComposedMail compose(Notification notification) {
        if (notification.notice() != null) {
            return notices.compose(notification.notice());
        }
        Locale locale = settings.language();
        List<MailRow> rows = notification.items().stream()
                .map(item -> row(item, notification.audience(), locale))
                .toList();
        MailRow first = rows.get(0);
        List<String> phases = distinct(rows, MailRow::phase);
        Object[] subjectArguments = {
            first.reference(),
            first.partnerName(),
            first.level(),
            rows.size(),
            String.join(", ", phases),
            phases.size(),
            String.join(", ", distinct(rows, MailRow::partnerName))
        };
        String subject = messages.getMessage("subject." + notification.kind().slug(), subjectArguments, locale);

        Context model = new Context(locale);
        model.setVariable("kind", notification.kind().slug());
        model.setVariable("rows", rows);
        model.setVariable("first", first);
        model.setVariable("backlogs", newestBacklogs(notification.items()));
        model.setVariable("municipality", municipalityName());
        model.setVariable(
                "agendaLink",
                notification.kind() == NotificationKind.COORDINATOR_DIGEST ? base() + "/regie-overleg" : null);
        String template = templateOf(notification);
        return new ComposedMail(
                subject, engine.process("text/" + template, model), engine.process("html/" + template, model));
    }

    private static List<String> distinct(List<MailRow> rows, Function<MailRow, String> field) {
        return rows.stream()
                .map(field)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * Per partner, the open backlog of its newest escalation: each count is monitoring's as of that escalation, so in
     * a digest the older rows show stale figures.
     */
    private List<Backlog> newestBacklogs(List<NotificationItem> items) {
        Map<PartnerCode, NotificationItem> newest = new LinkedHashMap<>();
        Comparator<NotificationItem> byTime =
                Comparator.comparing(NotificationItem::escalatedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        items.stream()
                .filter(item -> item.partner() != null && item.openBacklog() != null)
                .forEach(item -> newest.merge(
                        item.partner(), item, (kept, next) -> byTime.compare(next, kept) >= 0 ? next : kept));
        return newest.values().stream()
                .map(item -> new Backlog(partnerName(item.partner()), item.openBacklog()))
                .toList();
    }

    private String municipalityName() {
        String configured = settings.municipalityName();
        return configured == null || configured.isBlank()
                ? directory.municipality().name()
                : configured.strip();
    }

    private static String templateOf(Notification notification) {
        return switch (notification.kind()) {
            case REFERRAL_STALLED, FOLLOW_UP_OVERDUE -> notification.kind().slug();
            case PARTNER_DIGEST, COORDINATOR_DIGEST -> "digest";
            case NEWCOMER_NOTICE -> throw new IllegalArgumentException("A notice is composed from its texts");
        };
    }

    private MailRow row(NotificationItem item, Audience audience, Locale locale) {
        String phase = item.phase() == null ? "" : messages.getMessage("phase." + item.phase(), null, locale);
        String dueDate = item.dueDate() == null
                ? ""
                : item.dueDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale));
        return new MailRow(
                item.reference().toString(),
                partnerName(item.partner()),
                phase,
                item.level(),
                item.overdueWorkingDays(),
                item.openBacklog(),
                item.followUpNumber(),
                dueDate,
                link(audience, item));
    }

    private String partnerName(PartnerCode code) {
        if (code == null) {
            return "";
        }
        return directory.partner(code).map(Partner::name).orElse(code.value());
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }

    private String link(Audience audience, NotificationItem item) {
        String base = base();
        return switch (audience) {
            case PARTNER -> base + "/inbox/referrals/" + item.reference();
            case COORDINATOR -> base + "/referrals/" + item.reference();
            case INTAKE_OFFICER -> base + "/newcomers/" + item.reference() + "/follow-ups";
            case NEWCOMER -> throw new IllegalArgumentException("A notice to a newcomer has no link");
        };
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(ROOT + "messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // The base bundle is Dutch: never fall back to the server's own locale.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(ROOT);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setOrder(order);
        return resolver;
    }

    /** One escalation as the templates show it. */
    public record MailRow(
            String reference,
            String partnerName,
            String phase,
            int level,
            int overdueWorkingDays,
            Integer openBacklog,
            Integer followUpNumber,
            String dueDate,
            String link) {}

    /** A partner's open referrals, as the newest escalation in the mail counted them. */
    public record Backlog(String partnerName, int openBacklog) {}
}
