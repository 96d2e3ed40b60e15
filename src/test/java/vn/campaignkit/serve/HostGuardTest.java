package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGuardTest {

    @Test
    void answersTheBoundAddressToo() throws Exception {
        HostGuard guard = new HostGuard(InetAddress.getByName("192.168.1.20"));
        assertThat(guard.allows("192.168.1.20:8820")).isTrue();
        assertThat(guard.allows("192.168.1.21:8820")).isFalse();
        assertThat(guard.allows("localhost")).isTrue();
    }

    @Test
    void answersOnlyOneHostHeader() {
        HostGuard guard = new HostGuard(InetAddress.getLoopbackAddress());
        assertThat(guard.allows(List.of("localhost"))).isTrue();
        assertThat(guard.allows(List.of("localhost", "localhost"))).isFalse();
        assertThat(guard.allows((List<String>) null)).isFalse();
    }

    @Test
    void refusesLookAlikes() {
        HostGuard guard = new HostGuard(InetAddress.getLoopbackAddress());
        for (String host : new String[] {"localhost.", "localhost.evil.example", "127.0.0.2", "[::2]", "127.0.0.1:", "localhost:8820:1"}) {
            assertThat(guard.allows(host)).as(host).isFalse();
        }
    }
}
