package nl.wegwijs.platform;

/** {@code ./mvnw -pl platform -am spring-boot:run}: starts the embedded platform until Ctrl-C. */
public final class PlatformMain {

    public static void main(String[] args) {
        WegwijsPlatform platform = WegwijsPlatform.start(PlatformSettings.from(args));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "wegwijs-platform-shutdown"));
        System.out.println(ReadyBanner.render(platform));
    }

    private PlatformMain() {}
}
