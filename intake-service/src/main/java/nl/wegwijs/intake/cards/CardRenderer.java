package nl.wegwijs.intake.cards;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox: ICU splits and reorders bidirectional text and shapes Arabic; the Noto
 * fonts (Debian's {@code fonts-noto-core}) are embedded as subsets (docs/adr/0022).
 */
@Component
class CardRenderer {

    /** Family name in the page's CSS, file stem in the font folder. */
    private record Font(String family, String file) {}

    static final String FAMILIES = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic'";

    private static final List<Font> FONTS = List.of(
            new Font("Noto Sans", "NotoSans"),
            new Font("Noto Naskh Arabic", "NotoNaskhArabic"),
            new Font("Noto Sans Ethiopic", "NotoSansEthiopic"));

    private final Path fontDir;

    CardRenderer(@Value("${wegwijs.cards.font-dir}") Path fontDir) {
        this.fontDir = fontDir;
    }

    byte[] pdf(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        for (Font font : FONTS) {
            builder.useFont(
                    file(font.file() + "-Regular.ttf").toFile(),
                    font.family(),
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    file(font.file() + "-Bold.ttf").toFile(),
                    font.family(),
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        builder.withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Path file(String name) {
        Path file = fontDir.resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException(
                    "Font " + file + " is missing: install Debian's fonts-noto-core or set CARD_FONT_DIR");
        }
        return file;
    }
}
