#include "qdpximport.h"

#include "anchoring.h"
#include "qdeparser.h"
#include "qdpxexport.h"
#include "zipfile.h"

#include "storage/codingrepository.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/memorepository.h"
#include "storage/transaction.h"

#include <QDateTime>

#include <string>

namespace Rapporteur::Coding {

using namespace Storage;

namespace {

QString normalisedTime(const QString &written)
{
    QDateTime time = QDateTime::fromString(written, Qt::ISODateWithMs);
    if (!time.isValid())
        return {}; // the repository stamps it now
    return time.toUTC().toString(Qt::ISODate);
}

Result<QString> sourceText(const ZipReader &zip, const QdaSource &source)
{
    static const QLatin1String internal("internal://");
    if (!source.plainTextPath.startsWith(internal))
        return source.content;
    auto bytes = zip.read(QStringLiteral("sources/") + source.plainTextPath.mid(internal.size()));
    if (!bytes)
        return bytes.error();
    return QString::fromUtf8(*bytes);
}

// The lines of a source text (a Rapporteur export puts one paragraph on each), as paragraphs
// without ids: what a selection is cut along and anchored from.
QList<ParagraphText> linesOf(const QString &text)
{
    QList<ParagraphText> lines;
    int ordinal = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines.append({0, 0, QString(), ordinal++, line});
    return lines;
}

// Pieces of [start, end) per line, as anchors in those lines: (line ordinal, anchor).
QList<CodingAnchor> piecesOf(const QList<ParagraphText> &lines, int start, int end)
{
    QList<CodingAnchor> pieces;
    int lineStart = 0;
    for (const ParagraphText &line : lines) {
        const int lineEnd = lineStart + codePointLength(line.text);
        const int from = std::max(start, lineStart);
        const int to = std::min(end, lineEnd);
        if (from < to)
            pieces.append(anchorAt(line, from - lineStart, to - lineStart));
        lineStart = lineEnd + 1; // the line feed
    }
    return pieces;
}

class ProjectReader
{
public:
    ProjectReader(Database &db, const ZipReader &zip, const QdaProject &project)
        : m_db(db), m_zip(zip), m_project(project), m_codings(db), m_memos(db)
    {
    }

    Status read(QdpxImport &report)
    {
        auto codes = applyCodebook(m_db, m_project.codes, &report.codesCreated);
        if (!codes)
            return codes.error();
        m_codeIds = *codes;
        if (auto memos = readCodeMemos(m_project.codes); !memos)
            return memos;
        for (const QdaSource &source : m_project.sources) {
            if (auto done = readSource(source, report); !done)
                return done;
        }
        return success();
    }

private:
    Status readCodeMemos(const QList<QdaCode> &codes)
    {
        for (const QdaCode &code : codes) {
            QStringList texts;
            for (const QString &note : code.noteRefs) {
                if (!m_project.notes.value(note).isEmpty())
                    texts.append(m_project.notes.value(note));
            }
            if (auto set = setMemoIfNone(MemoTarget::Code, m_codeIds.value(code.guid),
                                         texts.join(QLatin1Char('\n')));
                !set)
                return set;
            if (auto children = readCodeMemos(code.children); !children)
                return children;
        }
        return success();
    }

    // A memo the database already has is the user's newer word: an import does not overwrite it.
    Status setMemoIfNone(MemoTarget target, qint64 id, const QString &text)
    {
        if (text.isEmpty() || id == 0)
            return success();
        auto existing = m_memos.memo(target, id);
        if (!existing)
            return existing.error();
        return existing->has_value() ? success() : m_memos.set(target, id, text, QString());
    }

    Status readSource(const QdaSource &source, QdpxImport &report)
    {
        const auto [symbol, language] = qdaSourceVersion(source.name);
        auto document = CorpusRepository(m_db).document(symbol, language);
        if (!document)
            return document.error();
        if (!document->has_value()) {
            report.missingDocuments.append(source.name);
            return success();
        }
        const DocumentRecord &doc = **document;
        if (auto memo = setMemoIfNone(MemoTarget::Document, doc.id, source.description); !memo)
            return memo;
        auto text = sourceText(m_zip, source);
        if (!text)
            return text.error();
        auto paragraphs = m_codings.paragraphsOfDocument(doc.id);
        if (!paragraphs)
            return paragraphs.error();
        const QList<ParagraphText> lines = linesOf(*text);
        for (const QdaSelection &selection : source.selections) {
            const QList<CodingAnchor> pieces = piecesOf(lines, selection.start, selection.end);
            for (const QdaCoding &coding : selection.codings) {
                for (qsizetype i = 0; i < pieces.size(); ++i) {
                    // Later pieces get guids derived from the coding's, so that reading the same
                    // project again recognises them too.
                    const QString guid =
                        i == 0 ? coding.guid
                               : qdaGuid(coding.guid + QLatin1Char(':') + QString::number(i));
                    if (auto added =
                            addCoding(doc, *paragraphs, pieces[i], selection, coding, guid, report);
                        !added)
                        return added;
                }
            }
        }
        return success();
    }

    Status addCoding(const DocumentRecord &doc, const QList<ParagraphText> &paragraphs,
                     const CodingAnchor &piece, const QdaSelection &selection,
                     const QdaCoding &coding, const QString &guid, QdpxImport &report)
    {
        auto exists = m_codings.hasGuid(guid);
        if (!exists)
            return exists.error();
        if (*exists) {
            ++report.codingsAlreadyThere;
            return success();
        }
        if (!m_codeIds.contains(coding.codeGuid)) {
            ++report.codingsWithoutCode;
            return success();
        }
        NewCoding row;
        row.codeId = m_codeIds.value(coding.codeGuid);
        row.guid = guid;
        const QString user =
            coding.creatingUser.isEmpty() ? selection.creatingUser : coding.creatingUser;
        row.coder = m_project.users.value(user, user);
        if (row.coder.trimmed().isEmpty())
            row.coder = QStringLiteral("imported");
        row.createdAt =
            normalisedTime(coding.created.isEmpty() ? selection.created : coding.created);
        row.memo = selection.description;
        if (auto found = relocate(piece, paragraphs)) {
            row.anchor = *found;
        } else {
            // Kept, as any coding whose text is gone: the user sees it and decides.
            row.anchor = piece;
            row.anchor.documentId = doc.id;
            row.anchor.documentSymbol = doc.symbol;
            row.anchor.orphaned = true;
            ++report.codingsOrphaned;
        }
        auto added = m_codings.add(row);
        if (!added)
            return added.error();
        ++report.codingsAdded;
        return success();
    }

    Database &m_db;
    const ZipReader &m_zip;
    const QdaProject &m_project;
    CodingRepository m_codings;
    MemoRepository m_memos;
    QHash<QString, qint64> m_codeIds;
};

} // namespace

Result<QdpxImport> importQdpx(Database &db, const QByteArray &archive)
{
    auto zip = ZipReader::open(archive);
    if (!zip)
        return zip.error();
    auto qde = zip->read(QStringLiteral("project.qde"));
    if (!qde)
        return qde.error();
    auto project = parseQde(*qde);
    if (!project)
        return project.error();

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QdpxImport report;
    if (auto read = ProjectReader(db, *zip, *project).read(report); !read)
        return read.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

} // namespace Rapporteur::Coding
