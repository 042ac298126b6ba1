package nl.wegwijs.platform;

import nl.wegwijs.platform.demo.ZeistDemo;

/**
 * {@code ./mvnw -pl platform -am spring-boot:run}: starts the embedded platform until Ctrl-C. With
 * {@code --demo=zeist-2017} it replays the Zeist pilot on a simulated clock first ({@link ZeistDemo}).
 */
public final class PlatformMain {

    public static void main(String[] args) {
        if (ZeistDemo.requested(args)) {
            System.out.println(ReadyBanner.render(ZeistDemo.startAndReplay(args)));
            return;
        }
        WegwijsPlatform platform = WegwijsPlatform.start(PlatformSettings.from(args));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "wegwijs-platform-shutdown"));
        System.out.println(ReadyBanner.render(platform));
    }

    private PlatformMain() {}
}
