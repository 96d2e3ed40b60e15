package vn.campaignkit.derive.print;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders a PDF once when two jobs need it (its own file and the zip it goes into): the first job to
 * ask renders, the other waits for the same bytes; the bytes are dropped once both have them.
 */
final class SharedRenders {
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> results = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    /** The bytes for {@code key} (a fingerprint), rendering them if nobody has yet; {@code users} jobs will ask. */
    byte[] get(String key, int users, Supplier<byte[]> render) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> existing = results.putIfAbsent(key, mine);
        AtomicInteger left = waiting.computeIfAbsent(key, k -> new AtomicInteger(users));
        byte[] bytes;
        if (existing == null) {
            try {
                bytes = render.get();
                mine.complete(bytes);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                results.remove(key);
                waiting.remove(key);
                throw e;
            }
        } else {
            bytes = existing.join();
        }
        if (left.decrementAndGet() <= 0) {
            results.remove(key);
            waiting.remove(key);
        }
        return bytes;
    }
}
