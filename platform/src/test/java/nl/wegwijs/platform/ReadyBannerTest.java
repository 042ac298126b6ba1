package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyBannerTest {

    @Test
    void aMongoAddressIsPrintedWithoutItsCredentials() {
        assertThat(ReadyBanner.withoutCredentials("mongodb://wegwijs:s3cret@db.example:27017/?replicaSet=rs0"))
                .isEqualTo("mongodb://***@db.example:27017/?replicaSet=rs0")
                .doesNotContain("s3cret");
        assertThat(ReadyBanner.withoutCredentials("mongodb://localhost:27017")).isEqualTo("mongodb://localhost:27017");
    }
}
