#include "importer.h"

#include "analysis/referenceindex.h"
#include "coding/reanchor.h"
#include "common/shownpath.h"
#include "importer/extractedtextlayout.h"
#include "importer/pdfreader.h"
#include "importer/textfilereader.h"
#include "referencedata/entityregistry.h"
#include "segmentation/committeereport.h"
#include "segmentation/documentsegmenter.h"
#include "segmentation/reflow.h"
#include "segmentation/versionalignment.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/storedversion.h"
#include "storage/transaction.h"
#include "text/charclass.h"
#include "text/documentsymbol.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace Rapporteur::Workflow {

namespace {

// Bump when the reading of a file changes, so that re-importing an unchanged file after an
// upgrade stores the better reading instead of being skipped as unchanged.
constexpr int kReaderVersion = 6; // 2: votes, sponsors, resolution; 3: PDF metadata;
                                  // 4: real PDFs: word spaces, notes, reading order, titles;
                                  // 5: PDF tables; 6: every language's structure
                                  // (data/languages), drafts' sponsors, resolutions' text

Error inFile(const QString &path, Error error)
{
    error.userMessage = QStringLiteral("%1: %2").arg(shownFileName(path), error.userMessage);
    error.file = path;
    return error;
}

Error lostLocks()
{
    return Error{ErrorCode::Database,
                 QStringLiteral("the database was changed under this program by another one; "
                                "import again"),
                 {}};
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QStringLiteral("the import was cancelled"), {}};
}

QString chooseSymbol(const ImportRequest &request, const SourceText &source,
                     const QString &contentHash, bool &provisional)
{
    provisional = false;
    if (!request.symbol.trimmed().isEmpty())
        return request.symbol.trimmed();
    if (!source.symbolFromFurniture.isEmpty())
        return source.symbolFromFurniture;
    if (const QString fromName = Text::symbolFromFileName(request.path); !fromName.isEmpty())
        return fromName;
    // Nothing names the document: a provisional identifier the user can replace later.
    provisional = true;
    return QStringLiteral("DOC-") + contentHash.left(8).toUpper();
}

} // namespace

QString outcomeName(ImportSummary::Outcome outcome)
{
    switch (outcome) {
    case ImportSummary::Outcome::Inserted:
        return QStringLiteral("imported");
    case ImportSummary::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportSummary::Outcome::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

namespace {

// What a file holds before segmentation, whichever importer read it.
struct Source
{
    SourceText text;
    QByteArray identity; // the bytes whose hash says "same content"
    QString encoding;    // "UTF-8", "GB18030", ... or "PDF"
};

// The file is read once: its bytes are both what the importer reads and what the hash of
// "same content" is taken over.
Result<Source> readSource(const ImportRequest &request, ProgressSink &progress,
                          const CancelToken &cancel)
{
    auto bytes = Importer::readFileBytes(request.path, request.maxInputBytes);
    if (!bytes)
        return bytes.error();
    if (Importer::looksLikePdf(*bytes)) {
        auto pdf = Importer::readPdfData(*bytes, request.password, progress, cancel);
        if (!pdf)
            return pdf.error();
        return Source{std::move(pdf).value(), *bytes, QStringLiteral("PDF")};
    }
    auto decoded = Importer::decodeText(*bytes);
    if (!decoded)
        return decoded.error();
    // Decoded text, not bytes: the same text in another encoding is the same content.
    return Source{Importer::analyseExtractedText(decoded->text), decoded->text.toUtf8(),
                  decoded->encoding};
}

// The votes and sponsors a new version records, checked against every other language version of
// the document already stored: one document cannot say two things, so a difference is a reading
// problem of one of them, reported as a warning of the new version (the file is still stored).
Result<QStringList> differencesFromOtherVersions(Storage::Database &db, const ParsedDocument &doc)
{
    if (doc.symbolProvisional)
        return QStringList();
    auto languages = Storage::versionLanguages(db, doc.symbol);
    if (!languages)
        return languages.error();
    QStringList out;
    for (const QString &language : std::as_const(*languages)) {
        if (language == doc.language)
            continue;
        auto other = Storage::readStoredDecisions(db, doc.symbol, language);
        if (!other)
            return other.error();
        out += Segmentation::versionDifferences(*other, doc);
    }
    return out;
}

} // namespace

Result<PreparedImport> prepareImport(const ImportRequest &request, ProgressSink &progress,
                                     const CancelToken &cancel)
{
    const QString name = QFileInfo(request.path).fileName();
    progress.progress(0, 3, QStringLiteral("reading %1").arg(name));
    auto source = readSource(request, progress, cancel);
    if (!source)
        return inFile(request.path, source.error());
    if (cancel.isCancelled())
        return cancelled();

    progress.progress(1, 3, QStringLiteral("reflowing %1").arg(name));
    auto reflowed = Segmentation::reflow(source->text);
    if (cancel.isCancelled())
        return cancelled();

    progress.progress(2, 3, QStringLiteral("segmenting %1").arg(name));
    PreparedImport prepared;
    const auto &entities = ReferenceData::EntityRegistry::builtIn();
    prepared.document = Segmentation::segmentDocument(reflowed.blocks, entities, reflowed.tables);
    prepared.document.notes = reflowed.documentNotes;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(kReaderVersion));
    hash.addData(request.symbol.toUtf8());
    hash.addData(source->identity);
    prepared.contentHash = QString::fromLatin1(hash.result().toHex());
    // The symbol first: a draft's own sponsor line is a sponsorship of this document.
    prepared.document.symbol = chooseSymbol(request, source->text, prepared.contentHash,
                                            prepared.document.symbolProvisional);
    prepared.document.date = source->text.date;
    Segmentation::readCommitteeReport(prepared.document, entities);
    if (!prepared.document.errors.isEmpty()) {
        // Counted votes that differ from the stated figures: the reading is wrong somewhere,
        // and storing it would put wrong positions in front of the user.
        return inFile(request.path,
                      Error{ErrorCode::InvalidInput,
                            QStringLiteral("the recorded votes do not add up: %1")
                                .arg(prepared.document.errors.join(QStringLiteral("; "))),
                            {}});
    }
    if (prepared.document.paragraphs.isEmpty())
        return inFile(request.path, Error{ErrorCode::InvalidInput,
                                          QStringLiteral("no readable paragraphs in the file"),
                                          {}});
    prepared.document.pageCount = source->text.pageCount;
    if (!source->text.title.isEmpty())
        prepared.document.title = source->text.title;
    prepared.document.originalLanguages = source->text.originalLanguages;
    prepared.document.warnings =
        source->text.warnings + reflowed.warnings + prepared.document.warnings;
    if (source->encoding == QLatin1String("PDF") && source->text.symbolFromFurniture.isEmpty())
        prepared.document.warnings.prepend(
            QStringLiteral("no UN masthead or document symbol was found in the PDF: it was read "
                           "as a plain document"));
    prepared.sourcePath = QFileInfo(request.path).absoluteFilePath();
    prepared.encoding = source->encoding;
    progress.progress(3, 3, QStringLiteral("read %1").arg(name));
    return prepared;
}

Result<QList<ImportSummary>>
storeImports(Storage::Database &db, const QList<PreparedImport> &imports, const CancelToken &cancel)
{
    // A connection that lost the process's locks (common/databasefiles.h) would commit into a
    // write-ahead log that other programs no longer read: the import is refused instead.
    if (!db.holdsItsLocks())
        return lostLocks();
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Storage::CorpusRepository repository(db);
    const QList<Entity> entities = ReferenceData::EntityRegistry::builtIn().entities();
    QList<ImportSummary> summaries;
    for (const PreparedImport &item : imports) {
        if (cancel.isCancelled())
            return cancelled(); // the transaction rolls back as it goes out of scope
        auto differences = differencesFromOtherVersions(db, item.document);
        if (!differences)
            return inFile(item.sourcePath, differences.error());
        std::optional<ParsedDocument> checked;
        if (!differences->isEmpty()) {
            checked = item.document;
            checked->warnings += *differences;
        }
        const ParsedDocument &document = checked ? *checked : item.document;
        auto stored =
            repository.storeDocument(document, item.sourcePath, item.contentHash, entities);
        if (!stored)
            return inFile(item.sourcePath, stored.error());
        // References are derived from the stored paragraphs (with the ids the writer gave them),
        // in this transaction: a failed import leaves them as they were.
        if (stored->kind != Storage::StoreOutcome::Kind::Unchanged) {
            if (auto indexed = Analysis::indexDocumentReferences(
                    db, stored->documentId, item.document.paragraphs, stored->paragraphIds);
                !indexed)
                return inFile(item.sourcePath, indexed.error());
        }
        // Codings point at paragraph ids that a replaced document may have dropped: they follow
        // their text here, in this transaction, or are kept as orphans (coding/reanchor.h).
        Coding::ReanchorReport anchored;
        if (stored->kind == Storage::StoreOutcome::Kind::Replaced) {
            auto reanchored = Coding::reanchorDocument(db, stored->documentId);
            if (!reanchored)
                return inFile(item.sourcePath, reanchored.error());
            anchored = *reanchored;
        }
        ImportSummary s;
        s.sourcePath = item.sourcePath;
        s.symbol = item.document.symbol;
        s.symbolProvisional = item.document.symbolProvisional;
        s.title = item.document.title;
        s.encoding = item.encoding;
        s.submissions = static_cast<int>(item.document.submissions.size());
        s.paragraphs = static_cast<int>(item.document.paragraphs.size());
        s.pages = item.document.pageCount;
        s.warnings = document.warnings;
        s.orphanedCodings = anchored.newlyOrphaned;
        switch (stored->kind) {
        case Storage::StoreOutcome::Kind::Inserted:
            s.outcome = ImportSummary::Outcome::Inserted;
            break;
        case Storage::StoreOutcome::Kind::Unchanged:
            s.outcome = ImportSummary::Outcome::Unchanged;
            break;
        case Storage::StoreOutcome::Kind::Replaced:
            s.outcome = ImportSummary::Outcome::Replaced;
            break;
        }
        summaries.append(std::move(s));
    }
    // Documents stored before references existed, or read with an older dictionary.
    if (auto refreshed = Analysis::refreshReferences(db); !refreshed)
        return refreshed.error();
    if (!db.holdsItsLocks()) // lost while storing: rolled back, never committed out of sight
        return lostLocks();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return summaries;
}

namespace {

// One file's progress, tagged with its index in the batch.
class FileOfBatch final : public ProgressSink
{
public:
    FileOfBatch(BatchProgress &batch, int index) : m_batch(batch), m_index(index) {}
    void progress(qint64 done, qint64 total, const QString &what) override
    {
        m_batch.fileProgress(m_index, done, total, what);
    }

private:
    BatchProgress &m_batch;
    int m_index;
};

// A batch's progress in one sink: the sink's messages already name the file.
class BatchInOneSink final : public BatchProgress
{
public:
    explicit BatchInOneSink(ProgressSink &sink) : m_sink(sink) {}
    void fileProgress(int, qint64 done, qint64 total, const QString &step) override
    {
        m_sink.progress(done, total, step);
    }
    void storing() override {}

private:
    ProgressSink &m_sink;
};

} // namespace

Result<QList<ImportSummary>> importFiles(Storage::Database &db,
                                         const QList<ImportRequest> &requests,
                                         BatchProgress &progress, const CancelToken &cancel)
{
    QList<PreparedImport> prepared;
    for (int i = 0; i < requests.size(); ++i) {
        FileOfBatch fileProgress(progress, i);
        auto item = prepareImport(requests[i], fileProgress, cancel);
        if (!item)
            return item.error();
        prepared.append(std::move(item).value());
    }
    progress.storing();
    return storeImports(db, prepared, cancel);
}

Result<QList<ImportSummary>> importFiles(Storage::Database &db,
                                         const QList<ImportRequest> &requests,
                                         ProgressSink &progress, const CancelToken &cancel)
{
    BatchInOneSink batch(progress);
    return importFiles(db, requests, batch, cancel);
}

} // namespace Rapporteur::Workflow
