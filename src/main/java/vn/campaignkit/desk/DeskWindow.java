package vn.campaignkit.desk;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import vn.campaignkit.scaffold.StarterSite;

/**
 * The small window a double-click opens (there is no terminal to print to): the desk's address, "Mở trình duyệt"
 * and "Dừng"; before that, when no site folder was found, a folder chooser that offers to create a new site.
 * Components carry names ({@code ck-url}, {@code ck-open}, {@code ck-stop}) so a test can find and click them.
 */
public final class DeskWindow {
    private final JFrame frame;

    private DeskWindow(JFrame frame) {
        this.frame = frame;
    }

    /**
     * Asks for the site folder, starting at {@code startAt}; a folder without a site is offered to become a new
     * site. Empty when the editor cancels. Blocks the caller (never call it on the event thread).
     */
    public static Optional<Path> askFolder(Path startAt) throws IOException {
        while (true) {
            AtomicReference<File> chosen = new AtomicReference<>();
            onEventThread(() -> {
                JFileChooser chooser = new JFileChooser(startAt.toFile());
                chooser.setName("ck-folder-chooser");
                chooser.setDialogTitle("Campaign Kit – chọn thư mục trang web (có site.yaml hoặc content/)");
                chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
                chooser.setApproveButtonText("Chọn thư mục này");
                if (chooser.showOpenDialog(null) == JFileChooser.APPROVE_OPTION) {
                    chosen.set(chooser.getSelectedFile());
                }
            });
            if (chosen.get() == null) {
                return Optional.empty();
            }
            Path folder = chosen.get().toPath().toAbsolutePath();
            if (StarterSite.holdsSite(folder)) {
                return Optional.of(folder);
            }
            AtomicReference<Integer> answer = new AtomicReference<>(JOptionPane.NO_OPTION);
            onEventThread(() -> answer.set(JOptionPane.showConfirmDialog(null,
                    "Thư mục " + folder + " chưa có trang web.\nTạo một trang web mới ở đây?",
                    "Campaign Kit – tạo trang mới", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE)));
            if (answer.get() == JOptionPane.YES_OPTION && StarterSite.write(folder) instanceof StarterSite.Outcome.Written) {
                return Optional.of(folder);
            }
        }
    }

    /** Shows the running desk; {@code stop} runs once, on "Dừng" or when the window is closed. */
    public static DeskWindow show(URI url, Path site, Runnable openBrowser, Runnable stop) {
        AtomicReference<JFrame> made = new AtomicReference<>();
        onEventThread(() -> {
            JFrame frame = new JFrame("Campaign Kit – bàn biên tập");
            frame.setName("ck-window");
            frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            JLabel intro = new JLabel("<html>Bàn biên tập đang chạy cho thư mục<br><b>" + escape(site.toString())
                    + "</b><br>Mở địa chỉ này trong trình duyệt (Chrome, Edge, Safari…):</html>");
            JLabel address = new JLabel(url.toString());
            address.setName("ck-url");
            address.setFont(address.getFont().deriveFont(Font.BOLD, address.getFont().getSize2D() * 1.3f));
            JButton open = new JButton("Mở trình duyệt");
            open.setName("ck-open");
            // Off the event thread: the desktop's browser call can wait on the session bus for many seconds, and the
            // window (its "Dừng" above all) must keep answering meanwhile.
            open.addActionListener(e -> {
                Thread opener = new Thread(openBrowser, "campaignkit-open-browser");
                opener.setDaemon(true);
                opener.start();
            });
            JButton halt = new JButton("Dừng");
            halt.setName("ck-stop");
            Runnable stopOnce = once(() -> {
                frame.dispose();
                stop.run();
            });
            halt.addActionListener(e -> stopOnce.run());
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosing(WindowEvent e) {
                    stopOnce.run();
                }
            });
            JPanel buttons = new JPanel(new GridLayout(1, 2, 12, 0));
            buttons.add(open);
            buttons.add(halt);
            JPanel panel = new JPanel(new BorderLayout(0, 12));
            panel.setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
            panel.add(intro, BorderLayout.NORTH);
            panel.add(address, BorderLayout.CENTER);
            JPanel south = new JPanel(new BorderLayout(0, 8));
            south.add(buttons, BorderLayout.NORTH);
            south.add(new JLabel("<html>Giữ cửa sổ này mở trong lúc làm việc. Bấm <b>Dừng</b> khi xong.</html>"), BorderLayout.SOUTH);
            panel.add(south, BorderLayout.SOUTH);
            frame.setContentPane(panel);
            frame.pack();
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
            made.set(frame);
        });
        return new DeskWindow(made.get());
    }

    public void close() {
        SwingUtilities.invokeLater(frame::dispose);
    }

    private static boolean lookChosen;

    /** The platform's own look (Windows, macOS) rather than Swing's, when there is one; chosen once, on the event thread. */
    static void useSystemLook() {
        if (lookChosen) {
            return;
        }
        lookChosen = true;
        try {
            UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
        } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException e) {
            // Swing's own look is fine too.
        }
        UIManager.put("FileChooser.cancelButtonText", "Huỷ");
        UIManager.put("OptionPane.yesButtonText", "Có");
        UIManager.put("OptionPane.noButtonText", "Không");
    }

    private static Runnable once(Runnable action) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void onEventThread(Runnable action) {
        try {
            SwingUtilities.invokeAndWait(() -> {
                useSystemLook();
                action.run();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the window could not be shown", e.getCause());
        }
    }
}
