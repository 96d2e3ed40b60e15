package vn.campaignkit.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Requests sent exactly as written (any Host, Origin, path), and the whole answer. */
record DeskHttp(int status, String head, String body) {

    static DeskHttp send(int port, String method, String rawPath, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putIfAbsent("Host", "localhost:" + port);
            if (body != null) {
                all.put("Content-Length", Integer.toString(body.length));
            }
            all.put("Connection", "close");
            all.forEach((k, v) -> {
                if (v != null) {
                    request.append(k).append(": ").append(v).append("\r\n");
                }
            });
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer (413) and close before the whole body is sent; its answer is read below.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new DeskHttp(status, head, rest);
        }
    }

    boolean hasHeader(String line) {
        return head.toLowerCase(java.util.Locale.ROOT).contains(line.toLowerCase(java.util.Locale.ROOT));
    }
}
