package nl.wegwijs.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP hop in front of GreenMail, which accepts every recipient: it relays each connection byte for byte, but
 * answers {@code RCPT TO} for a refused address itself, as a mail server does for a mailbox it does not know ({@code 550})
 * or cannot take right now ({@code 451}).
 */
final class SmtpFront {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s?<([^>]*)>.*", Pattern.CASE_INSENSITIVE);

    private final int port;
    private final int upstreamPort;
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    SmtpFront(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    int port() {
        return port;
    }

    /** Every mail to {@code address} is refused for good. */
    void refuse(String address) {
        refusals.put(
                key(address),
                new Refusal(
                        "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown",
                        new AtomicInteger(Integer.MAX_VALUE)));
    }

    /** The next {@code times} mails to {@code address} are deferred; later ones pass. */
    void defer(String address, int times) {
        refusals.put(
                key(address),
                new Refusal("451 4.2.0 <" + address + ">: Mailbox busy, try again later", new AtomicInteger(times)));
    }

    synchronized void start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            server = socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread("smtp-front-accept", this::accept);
    }

    synchronized void stop() {
        close(server);
        open.forEach(SmtpFront::close);
        open.clear();
    }

    private void accept() {
        ServerSocket listening = server;
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                open.add(client);
                thread("smtp-front-connection", () -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client;
                Socket upstream = new Socket("127.0.0.1", upstreamPort)) {
            open.add(upstream);
            OutputStream toClient = client.getOutputStream();
            thread("smtp-front-replies", () -> pipe(upstream, toClient));
            InputStream fromClient = client.getInputStream();
            OutputStream toUpstream = upstream.getOutputStream();
            boolean inData = false;
            for (byte[] line = readLine(fromClient); line != null; line = readLine(fromClient)) {
                String text = new String(line, StandardCharsets.UTF_8).strip();
                Refusal refusal = inData ? null : refusalFor(text);
                if (refusal != null) {
                    synchronized (toClient) {
                        toClient.write((refusal.reply() + "\r\n").getBytes(StandardCharsets.UTF_8));
                        toClient.flush();
                    }
                    continue;
                }
                inData = inData ? !text.equals(".") : text.equalsIgnoreCase("DATA");
                toUpstream.write(line);
                toUpstream.flush();
            }
        } catch (IOException e) {
            // The client or GreenMail hung up, or the front was stopped: the connection ends either way.
        } finally {
            open.remove(client);
        }
    }

    private Refusal refusalFor(String command) {
        Matcher rcpt = RCPT.matcher(command);
        if (!rcpt.matches()) {
            return null;
        }
        Refusal refusal = refusals.get(key(rcpt.group(1)));
        return refusal != null && refusal.remaining().getAndDecrement() > 0 ? refusal : null;
    }

    private static void pipe(Socket upstream, OutputStream toClient) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = upstream.getInputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                synchronized (toClient) {
                    toClient.write(buffer, 0, read);
                    toClient.flush();
                }
            }
        } catch (SocketException e) {
            // closed
        } catch (IOException e) {
            // closed
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private static void thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // already closed
        }
    }

    private record Refusal(String reply, AtomicInteger remaining) {}
}
