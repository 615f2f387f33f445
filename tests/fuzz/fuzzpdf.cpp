// The PDF reader: Poppler's reading of the bytes (Poppler itself is not instrumented), our layout
// of its words into lines, runs, footnotes and furniture, then the reading chain.
#include "readingchain.h"

#include "importer/pdfreader.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace {
// Poppler's complaints about damaged files are expected here by the thousand.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quiet);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    // PDFs are larger than text; the bound is only against wasting the search's time.
    if (size > static_cast<size_t>(16 * Fuzz::kMaxInput))
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    NullProgress progress;
    CancelToken cancel;
    const auto read = Importer::readPdfData(bytes, QByteArray(), progress, cancel);
    if (!read)
        return 0;
    for (const SourceLine &line : read->lines) {
        if (line.startsFootnote && line.footnoteMarker.isEmpty())
            Fuzz::broken("a line that starts a footnote has its marker");
    }
    Fuzz::readThrough(*read);
    return 0;
}
