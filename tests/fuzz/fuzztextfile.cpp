// The text reader and its layout: bytes of a file as the text importer gets them, decoded
// (encodings guessed), classified into lines, then read through like any import.
#include "readingchain.h"

#include "importer/extractedtextlayout.h"
#include "importer/textfilereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto decoded = Importer::decodeText(bytes);
    if (!decoded)
        return 0;
    const SourceText source = Importer::analyseExtractedText(decoded->text);
    for (const SourceLine &line : source.lines) {
        if (line.page < 1)
            Fuzz::broken("pages are numbered from 1");
        if (line.startsFootnote && line.footnoteMarker.isEmpty())
            Fuzz::broken("a line that starts a footnote has its marker");
    }
    Fuzz::readThrough(source);
    return 0;
}
