#pragma once

#include "common/paragraph.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rapporteur::Storage {

// Value structs the repository hands out: what the CLI, the GUI models and the tests read.
// No SQL leaves this library.

struct DocumentRecord
{
    qint64 id = 0;
    QString symbol;
    bool symbolProvisional = false;
    QString title;
    QString language;
    QString sourcePath;
    QString contentHash;
    int pageCount = 0;
    int submissionCount = 0;
    int paragraphCount = 0;
    QString importedAt; // ISO 8601, UTC
    QDate date;         // from a PDF's masthead; invalid when unknown
    QStringList originalLanguages;
    QList<Footnote> notes; // of the document itself (document_note), anchor unused
    QStringList warnings;
};

struct EntityRef
{
    QString code;
    QString nameZh;
    QString nameEn;
};

struct SubmissionRecord
{
    qint64 id = 0;
    QString document;         // symbol
    QString documentLanguage; // of the version it is in: "zh" (storage/documentversions.h)
    int ordinal = 0;          // 0-based position in the document
    QString heading;
    std::optional<EntityRef> entity; // empty when the heading resolved to no entity
    QStringList languages;
    QDate date;
    QString group;
    QString section;
    int page = 0;
    int paragraphCount = 0;
};

struct ParagraphRecord
{
    qint64 id = 0;            // stable across re-imports of unchanged text
    QString document;         // symbol
    QString documentLanguage; // of the version it is in
    std::optional<qint64> submissionId;
    int ordinal = 0; // 0-based reading order in the document
    ParagraphKind kind = ParagraphKind::Body;
    QString section;
    int page = 0;
    QString text;
    QList<Footnote> footnotes;
    QList<Link> links;
    QList<int> sentenceEnds;
};

// What storing a document did.
struct StoreOutcome
{
    enum class Kind
    {
        Inserted,
        Unchanged,
        Replaced
    };
    Kind kind = Kind::Inserted;
    qint64 documentId = 0;
    // The stored id of each of the document's paragraphs, in order (empty when Unchanged): what
    // is derived from the paragraphs in the same transaction needs no read-back.
    QList<qint64> paragraphIds;
};

} // namespace Rapporteur::Storage
