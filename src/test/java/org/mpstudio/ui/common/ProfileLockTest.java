package org.mpstudio.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileLockTest {

    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeAndReleasedOnClose() throws Exception {
        Path profile = dir.resolve("p.mprofile");
        Optional<ProfileLock> first = ProfileLock.acquire(profile);
        assertTrue(first.isPresent());
        assertTrue(Files.exists(dir.resolve("p.mprofile.lock")));
        assertFalse(ProfileLock.acquire(profile).isPresent(), "a live holder keeps the lock");
        assertEquals(ProcessHandle.current().pid(), ProfileLock.holder(profile).orElseThrow().pid());
        first.get().close();
        assertFalse(Files.exists(dir.resolve("p.mprofile.lock")));
        try (ProfileLock again = ProfileLock.acquire(profile).orElseThrow()) {
            assertTrue(Files.exists(ProfileLock.lockFileOf(profile)));
        }
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOver() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path profile = dir.resolve("p.mprofile");
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(ProfileLock.lockFileOf(profile), "pid=" + p.pid() + "\nhost=" + host + "\ntime=x\n");
        try (ProfileLock lock = ProfileLock.acquire(profile).orElseThrow()) {
            assertEquals(ProcessHandle.current().pid(), ProfileLock.holder(profile).orElseThrow().pid());
        }
    }
}
