package org.mpstudio.export.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisabledOnOs(OS.WINDOWS)
class SofficeLocatorTest {

    @TempDir
    Path dir;

    @Test
    void prefersTheConfiguredProgram() throws IOException {
        Path configured = program("configured/soffice");
        Path fromEnv = program("env/soffice");
        assertEquals(Optional.of(configured), locator(Map.of("MPSTUDIO_SOFFICE", fromEnv.toString()), List.of())
                .find(Optional.of(configured)));
    }

    @Test
    void acceptsALibreOfficeFolderAsConfiguration() throws IOException {
        Path program = program("LibreOffice/program/soffice");
        assertEquals(Optional.of(program), locator(Map.of(), List.of()).find(Optional.of(dir.resolve("LibreOffice"))));
    }

    @Test
    void fallsBackToTheEnvironmentVariableWhenTheConfiguredPathIsWrong() throws IOException {
        Path fromEnv = program("env/soffice");
        assertEquals(Optional.of(fromEnv), locator(Map.of("MPSTUDIO_SOFFICE", fromEnv.toString()), List.of())
                .find(Optional.of(dir.resolve("nothing-here"))));
    }

    @Test
    void searchesThePath() throws IOException {
        Path onPath = program("bin/soffice");
        String path = dir.resolve("empty") + ":" + onPath.getParent();
        assertEquals(Optional.of(onPath), locator(Map.of("PATH", path), List.of()).find(Optional.empty()));
    }

    @Test
    void triesTheUsualInstallFoldersLast() throws IOException {
        Path installed = program("opt/libreoffice7.6/program/soffice");
        assertEquals(Optional.of(installed), locator(Map.of("PATH", ""),
                List.of(dir.resolve("usr/bin/soffice"), installed)).find(Optional.of(Path.of(""))));
    }

    @Test
    void findsNothingWhenLibreOfficeIsNotInstalled() throws IOException {
        Files.writeString(dir.resolve("soffice"), "not executable");
        assertEquals(Optional.empty(), locator(Map.of("PATH", dir.toString()), List.of(dir.resolve("soffice")))
                .find(Optional.empty()));
    }

    @Test
    void knowsTheInstallFoldersOfEachSystem() {
        Path home = Path.of("/home/user");
        assertTrue(SofficeLocator.installCandidates("Linux", Map.of(), home)
                .contains(Path.of("/usr/lib/libreoffice/program/soffice")));
        assertTrue(SofficeLocator.installCandidates("Mac OS X", Map.of(), home)
                .contains(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice")));
        assertTrue(SofficeLocator.installCandidates("Windows 11", Map.of(), home).stream()
                .anyMatch(p -> p.toString().contains("Program Files (x86)")));
    }

    private SofficeLocator locator(Map<String, String> env, List<Path> installed) {
        return new SofficeLocator(env, "Linux", installed);
    }

    private Path program(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
