#include "pdfreader.h"

#include "pdflayout.h"
#include "textfilereader.h"

#include <QLoggingCategory>

#include <poppler-qt6.h>
#include <poppler-version.h>

namespace Rapporteur::Importer {

namespace {
// Off unless asked for (QT_LOGGING_RULES="rapporteur.poppler.debug=true"): a damaged file makes
// Poppler say dozens of things, while our own message says in one line what is wrong.
Q_LOGGING_CATEGORY(lcPoppler, "rapporteur.poppler", QtWarningMsg)

// Poppler reports what it finds wrong in a file on stderr; its messages go to the debug log
// instead of the user's terminal.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPoppler, "poppler: %s", qPrintable(message));
}

Error refused(ErrorCode code, const QString &message)
{
    return Error{code, message, {}};
}
} // namespace

bool looksLikePdf(const QByteArray &bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

Result<SourceText> readPdf(const QString &path, const QByteArray &password, ProgressSink &progress,
                           const CancelToken &cancel)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return readPdfData(*bytes, password, progress, cancel);
}

Result<SourceText> readPdfData(const QByteArray &bytes, const QByteArray &password,
                               ProgressSink &progress, const CancelToken &cancel)
{
    if (bytes.isEmpty())
        return refused(ErrorCode::InvalidInput, QStringLiteral("the file is empty"));
    if (!looksLikePdf(bytes))
        return refused(ErrorCode::InvalidInput, QStringLiteral("the file is not a PDF"));

    Poppler::setDebugErrorFunction(popplerMessage, QVariant());
    std::unique_ptr<Poppler::Document> doc =
        Poppler::Document::loadFromData(bytes, password, password);
    if (!doc)
        return refused(ErrorCode::InvalidInput,
                       QStringLiteral("the PDF is damaged or truncated and cannot be read"));
    if (doc->isLocked()) {
        return refused(ErrorCode::PasswordRequired,
                       password.isEmpty()
                           ? QStringLiteral("the PDF is encrypted: give its password (--password)")
                           : QStringLiteral("the password does not open this PDF"));
    }
    const int count = doc->numPages();
    if (count <= 0)
        return refused(ErrorCode::InvalidInput, QStringLiteral("the PDF has no pages"));

    QList<PdfPage> pages;
    qsizetype characters = 0;
    for (int i = 0; i < count; ++i) {
        if (cancel.isCancelled())
            return refused(ErrorCode::Cancelled, QStringLiteral("the import was cancelled"));
        progress.progress(i, count, QStringLiteral("page %1 of %2").arg(i + 1).arg(count));
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return refused(ErrorCode::InvalidInput,
                           QStringLiteral("page %1 of the PDF is damaged").arg(i + 1));
        PdfPage p{uprightPageSize(*page), readPageLines(*page, i + 1)};
        attachPageLinks(*page, p.lines);
        for (const PdfLine &line : p.lines)
            characters += line.text.size();
        pages.append(std::move(p));
    }
    progress.progress(count, count, QStringLiteral("read %1 pages").arg(count));
    if (characters == 0)
        return refused(ErrorCode::InvalidInput,
                       QStringLiteral("the PDF has no text layer (a scan?): it needs OCR first"));
    return classifyPdfLines(pages);
}

QString popplerVersion()
{
    // The library's own answer, not the POPPLER_VERSION macro: the shared library may be newer
    // than the headers we were built against.
    return Poppler::Version::string();
}

} // namespace Rapporteur::Importer
