package vn.campaignkit.desk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import vn.campaignkit.cli.Main;

/**
 * The child JVM of {@link DeskWindowTest}, run under a virtual display: starts the jar's no-argument path with no
 * console, answers the folder chooser and the "new site" question, reads the address in the window and clicks its
 * buttons with the mouse, as an editor would. Progress goes to stderr; results to stdout after the desk's own line.
 */
public final class WindowDriver {
    private WindowDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread app = new Thread(() -> exit.set(Main.run(new String[0], System.out, System.err)), "app");
        app.start();
        JFileChooser chooser = await("the folder chooser", () -> find(JFileChooser.class, "ck-folder-chooser"));
        SwingUtilities.invokeAndWait(() -> {
            chooser.setSelectedFile(folder.toFile());
            chooser.approveSelection();
        });
        AbstractButton yes = await("the new-site question", () -> button("Có"));
        Robot robot = new Robot();
        click(robot, yes);
        JLabel address = await("the desk window", () -> find(JLabel.class, "ck-url"));
        String url = address.getText();
        click(robot, await("Mở trình duyệt", () -> find(AbstractButton.class, "ck-open")));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500);
        click(robot, await("Dừng", () -> find(AbstractButton.class, "ck-stop")));
        app.join(60_000);
        System.out.println("LABEL=" + url);
        System.out.println("HTTP=" + page.statusCode());
        System.out.println("EXIT=" + exit.get());
        System.out.flush();
        System.exit(0);
    }

    private static void click(Robot robot, Component component) throws Exception {
        AtomicReference<Point> at = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Point p = component.getLocationOnScreen();
            at.set(new Point(p.x + component.getWidth() / 2, p.y + component.getHeight() / 2));
        });
        robot.mouseMove(at.get().x, at.get().y);
        robot.delay(200);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        System.err.println("clicked " + component.getName() + " at " + at.get());
    }

    private interface Finder<T> {
        Optional<T> find() throws Exception;
    }

    private static <T> T await(String what, Finder<T> finder) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            Optional<T> found = finder.find();
            if (found.isPresent()) {
                System.err.println("found " + what);
                Thread.sleep(300);
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new IOException("never appeared: " + what);
    }

    private static Optional<AbstractButton> button(String text) {
        return components(AbstractButton.class).filter(b -> text.equals(b.getText()) && b.isShowing()).findFirst();
    }

    private static <T extends Component> Optional<T> find(Class<T> type, String name) {
        return components(type).filter(c -> name.equals(c.getName()) && c.isShowing()).findFirst();
    }

    private static <T extends Component> java.util.stream.Stream<T> components(Class<T> type) {
        java.util.List<T> all = new java.util.ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                collect(window, type, all);
            }
        }
        return all.stream();
    }

    private static <T extends Component> void collect(Container container, Class<T> type, java.util.List<T> into) {
        if (type.isInstance(container)) {
            into.add(type.cast(container));
        }
        for (Component child : container.getComponents()) {
            if (child instanceof Container c) {
                collect(c, type, into);
            } else if (type.isInstance(child)) {
                into.add(type.cast(child));
            }
        }
    }
}
