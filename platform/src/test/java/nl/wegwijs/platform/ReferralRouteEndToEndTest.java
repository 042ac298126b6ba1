package nl.wegwijs.platform;

import java.util.List;

/** The route on the embedded default: the platform's own Kafka broker and MongoDB-wire store. */
class ReferralRouteEndToEndTest extends ReferralRoute {

    @Override
    List<String> infrastructure() {
        return List.of();
    }
}
