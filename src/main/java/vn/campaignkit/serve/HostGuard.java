package vn.campaignkit.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers only requests whose {@code Host} names this computer: localhost, 127.0.0.1, [::1] and the
 * bound address (every local address when bound to the wildcard), with or without a port. This stops
 * DNS-rebinding pages on the internet from reading the preview.
 */
public final class HostGuard {
    private final Set<String> allowed = new TreeSet<>();

    public HostGuard(InetAddress bound) {
        allowed.addAll(List.of("localhost", "127.0.0.1", "[::1]", "[0:0:0:0:0:0:0:1]"));
        if (bound.isAnyLocalAddress()) {
            allowLocalInterfaces();
        } else {
            allow(bound);
        }
    }

    /** True when exactly one {@code Host} header was sent and it names this computer. */
    public boolean allows(List<String> hostHeaders) {
        return hostHeaders != null && hostHeaders.size() == 1 && allows(hostHeaders.get(0));
    }

    public boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String value = host.trim().toLowerCase(Locale.ROOT);
        String name;
        String port;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return false;
            }
            name = value.substring(0, end + 1);
            port = value.substring(end + 1);
        } else {
            int colon = value.indexOf(':');
            if (colon != value.lastIndexOf(':')) {
                return false;
            }
            name = colon < 0 ? value : value.substring(0, colon);
            port = colon < 0 ? "" : value.substring(colon);
        }
        return validPort(port) && allowed.contains(name);
    }

    private static boolean validPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':' || port.length() < 2 || port.length() > 6) {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(port.substring(1)) <= 65535;
    }

    private void allowLocalInterfaces() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    allow(address);
                }
            }
        } catch (SocketException e) {
            // Without the interface list only the loopback names are answered: safe, just less reachable.
        }
    }

    private void allow(InetAddress address) {
        String literal = address.getHostAddress().toLowerCase(Locale.ROOT);
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        allowed.add(address instanceof Inet6Address ? "[" + literal + "]" : literal);
    }
}
