package org.mpstudio.export.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The LibreOffice Basic macro that does the conversion, installed as {@code Standard.Module1} in the private
 * profile's {@code user/basic} (the file formats of LibreOffice's own {@code presets/basic}). It takes no arguments,
 * so nothing needs quoting on any system's command line: it reads the input and output URLs from
 * {@code user/mpstudio/job.txt} and appends its progress ({@code loading}, {@code updating}, {@code writing},
 * {@code done}, or {@code error ...}) to {@code user/mpstudio/status.txt}, then closes LibreOffice.
 */
final class ConversionMacro {

    /** The command-line argument that runs the macro. */
    static final String URL = "macro:///Standard.Module1.ConvertToPdf";

    private static final String DOCTYPE =
            "<!DOCTYPE %s PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"%s\">\n";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    // Indexes are updated twice: a contents table that grows by a page moves every heading after it.
    private static final String BASIC = """
            REM Written by Migration Profile Studio (org.mpstudio.export.pdf); replaced before every conversion.
            Sub ConvertToPdf
                Dim folder As String, inUrl As String, outUrl As String, n As Integer
                Dim doc As Object
                folder = CreateUnoService("com.sun.star.util.PathSubstitution").substituteVariables("$(user)", True) _
                    & "/mpstudio/"
                On Error GoTo Failed
                n = FreeFile
                Open folder & "job.txt" For Input As #n
                Line Input #n, inUrl
                Line Input #n, outUrl
                Close #n
                Report(folder, "loading")
                Dim load(1) As New com.sun.star.beans.PropertyValue
                load(0).Name = "Hidden"
                load(0).Value = True
                load(1).Name = "MacroExecutionMode"
                load(1).Value = com.sun.star.document.MacroExecMode.NEVER_EXECUTE
                doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
                If IsNull(doc) Then
                    Report(folder, "error LibreOffice could not open the file")
                    StarDesktop.terminate()
                    Exit Sub
                End If
                Report(folder, "updating")
                Dim indexes As Object, i As Integer, pass As Integer
                indexes = doc.getDocumentIndexes()
                For pass = 1 To 2
                    For i = 0 To indexes.getCount() - 1
                        indexes.getByIndex(i).update()
                    Next i
                    doc.getTextFields().refresh()
                    doc.refresh()
                Next pass
                Report(folder, "writing")
                Dim pdf(2) As New com.sun.star.beans.PropertyValue
                pdf(0).Name = "EmbedStandardFonts"
                pdf(0).Value = True
                pdf(1).Name = "ExportBookmarks"
                pdf(1).Value = True
                pdf(2).Name = "UseTaggedPDF"
                pdf(2).Value = True
                Dim store(1) As New com.sun.star.beans.PropertyValue
                store(0).Name = "FilterName"
                store(0).Value = "writer_pdf_Export"
                store(1).Name = "FilterData"
                store(1).Value = pdf()
                doc.storeToURL(outUrl, store())
                doc.close(True)
                Report(folder, "done")
                StarDesktop.terminate()
                Exit Sub
            Failed:
                Report(folder, "error " & Join(Split(Join(Split(Error$, Chr(13)), " "), Chr(10)), " ") _
                    & " (Basic error " & Err & " at line " & Erl & ")")
                On Error Resume Next
                If Not IsNull(doc) Then doc.close(True)
                StarDesktop.terminate()
            End Sub

            Sub Report(folder As String, text As String)
                On Error Resume Next
                Dim n As Integer
                n = FreeFile
                Open folder & "status.txt" For Append As #n
                Print #n, text
                Close #n
            End Sub
            """;

    private ConversionMacro() {
    }

    /** Writes the Basic library (replacing whatever first start or a previous version left there). */
    static void install(Path userDir) throws IOException {
        Path basic = userDir.resolve("basic");
        Path standard = basic.resolve("Standard");
        Files.createDirectories(standard);
        write(basic.resolve("script.xlc"), libraries());
        write(basic.resolve("dialog.xlc"), libraries());
        write(standard.resolve("script.xlb"), XML + String.format(DOCTYPE, "library:library", "library.dtd")
                + "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"Standard\""
                + " library:readonly=\"false\" library:passwordprotected=\"false\">\n"
                + " <library:element library:name=\"Module1\"/>\n</library:library>\n");
        write(standard.resolve("dialog.xlb"), XML + String.format(DOCTYPE, "library:library", "library.dtd")
                + "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"Standard\""
                + " library:readonly=\"false\" library:passwordprotected=\"false\"/>\n");
        write(standard.resolve("Module1.xba"), XML + String.format(DOCTYPE, "script:module", "module.dtd")
                + "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\""
                + " script:language=\"StarBasic\">" + escape(BASIC) + "</script:module>\n");
    }

    /** Writes the job for the next run and clears the previous run's status. */
    static void writeJob(Path userDir, Path docx, Path pdf) throws IOException {
        Path folder = Files.createDirectories(userDir.resolve("mpstudio"));
        Files.deleteIfExists(status(userDir));
        write(folder.resolve("job.txt"), FileUrls.of(docx) + "\n" + FileUrls.of(pdf) + "\n");
    }

    /** The status lines the macro has written so far; empty if it has not started. */
    static List<String> readStatus(Path userDir) {
        try {
            Path file = status(userDir);
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            return List.of(); // being written right now; read again on the next poll
        }
    }

    private static Path status(Path userDir) {
        return userDir.resolve("mpstudio").resolve("status.txt");
    }

    private static String libraries() {
        return XML + String.format(DOCTYPE, "library:libraries", "libraries.dtd")
                + "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                + " <library:library library:name=\"Standard\" library:link=\"false\"/>\n</library:libraries>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
