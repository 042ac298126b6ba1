package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.wegwijs.platform.demo.ZeistPilotReplay;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import nl.wegwijs.platform.time.AdjustableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Zeist pilot replayed through the public APIs: the partner report afterwards shows the pilot's figures. */
class ZeistPilotReplayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void theReplayedPilotShowsTheReportsFigures() {
        AdjustableClock clock = AdjustableClock.startingAt(ZeistPilotReplay.START);
        try (WegwijsPlatform platform = WegwijsPlatform.start(settings(), clock)) {
            ZeistPilotReplay.Result result = ZeistPilotReplay.run(platform, clock, 2017L);
            System.out.println(result.table());
            System.out.println("Replay duration: " + result.duration().toMillis() + " ms");

            PlatformClient client = new PlatformClient(platform);
            String coordinator = client.token("coordinator");
            HttpResponse<String> report = client.get(
                    platform.serviceUrl(Service.MONITORING) + "/api/reports/partners?from=2016-12-01&to=2017-09-15",
                    coordinator);
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            Map<String, JsonNode> rows = new HashMap<>();
            for (JsonNode row : JSON.readTree(report.body()).get("partners")) {
                rows.put(row.get("partner").asString(), row);
            }
            assertThat(rows.get("RSD").get("referred").asInt()).isEqualTo(73);
            assertThat(rows.get("SAMEN_OPLOPEN").get("referred").asInt()).isEqualTo(14);
            assertThat(rows.get("TAALHUIS").get("referred").asInt()).isEqualTo(50);
            assertThat(rows.get("SOCIAAL_TEAM").get("referred").asInt()).isEqualTo(4);
            assertThat(rows.get("CJG").get("referred").asInt()).isEqualTo(7);
            assertThat(rows.get("SAMEN_OPLOPEN").get("accepted").asInt()).isEqualTo(14);
            assertThat(rows.get("TAALHUIS").get("accepted").asInt()).isEqualTo(28);
            assertThat(rows.get("TAALHUIS").get("waitlisted").asInt()).isEqualTo(22);

            HttpResponse<String> newcomers =
                    client.get(platform.serviceUrl(Service.INTAKE) + "/api/newcomers?page=0&size=100", coordinator);
            assertThat(newcomers.statusCode()).as(newcomers.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(newcomers.body());
            assertThat(page.get("totalItems").asLong()).isEqualTo(75);

            int held = 0;
            for (JsonNode newcomer : page.get("items")) {
                HttpResponse<String> followUps = client.get(
                        platform.serviceUrl(Service.INTAKE) + "/api/newcomers/"
                                + newcomer.get("id").asString() + "/follow-ups",
                        coordinator);
                assertThat(followUps.statusCode()).as(followUps.body()).isEqualTo(200);
                for (JsonNode followUp : JSON.readTree(followUps.body())) {
                    if (followUp.get("number").asInt() == 1 && followUp.hasNonNull("heldOn")) {
                        held++;
                    }
                }
            }
            assertThat(held).isEqualTo(14);
        }
    }

    private PlatformSettings settings() {
        return PlatformSettings.onFreePorts(data, "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S");
    }
}
