#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Rapporteur::Storage {

// The codebook, codings and memos of migration 0006, as the repositories hand them out.

struct CodeRecord
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    QString description;
    QString colour; // "#rrggbb", or empty
    QString guid;
    QString createdAt;
    QString path;        // names from the top, joined by '/'
    int codingCount = 0; // codings of this code itself, not of its children
};

// Where a coding sits: what re-anchoring reads and rewrites.
struct CodingAnchor
{
    qint64 paragraphId = 0;
    qint64 documentId = 0;
    QString documentSymbol;
    int paragraphOrdinal = 0;
    int start = 0; // code points within the paragraph's text
    int end = 0;
    QString quote;
    QString leftContext;
    QString rightContext;
    bool orphaned = false;
};

struct CodingRecord
{
    qint64 id = 0;
    QString guid;
    qint64 codeId = 0;
    QString codePath;
    CodingAnchor anchor;
    QString coder;
    QString createdAt;
    QString memo;
    // Read from the paragraph when it still exists (not for orphans).
    int page = 0;
    std::optional<qint64> submissionId;
    QString entityCode; // of the submission; empty outside one or when unresolved
};

struct NewCoding
{
    qint64 codeId = 0;
    CodingAnchor anchor;
    QString coder;
    QString memo;
    QString guid;      // empty: a new one
    QString createdAt; // empty: now
};

// Which codings to read; empty members do not filter.
struct CodingFilter
{
    std::optional<qint64> codeId;
    QString coder;
    std::optional<qint64> documentId;
};

// A paragraph's identity and text: what anchoring needs and no more.
struct ParagraphText
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString document; // symbol
    int ordinal = 0;
    QString text;
};

enum class MemoTarget
{
    Code,
    Submission,
    Document,
};

QString memoTargetName(MemoTarget target); // "code", "submission", "document"
std::optional<MemoTarget> memoTargetFromName(const QString &name);

struct MemoRecord
{
    MemoTarget target = MemoTarget::Document;
    qint64 targetId = 0;
    QString text;
    QString author;
    QString updatedAt;
};

} // namespace Rapporteur::Storage
