#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <utility>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

// The identities a project file gives what has none of its own in the database (documents,
// coders, states, submissions) are name-based UUIDs (version 5) in this namespace, so that two
// exports of one corpus name the same source with the same guid.
QUuid qdaNamespace();
QString qdaGuid(const QString &name);

// A source's name in a project file: the document's symbol, and for a document kept in several
// languages its version's language too ("A/77/96 [en]"); a symbol and no language otherwise.
// qdaSourceVersion reads one back: (symbol, language), the language empty for a bare symbol.
QString qdaSourceName(const QString &symbol, const QString &language);
std::pair<QString, QString> qdaSourceVersion(const QString &name);

struct QdpxExport
{
    QByteArray archive; // the .qdpx
    int sources = 0;
    int codes = 0;
    int codings = 0;
    int orphansLeftOut = 0; // orphaned codings have no place in any source text
};

// The whole project as REFI-QDA (.qdpx): a zip with project.qde (namespace
// urn:QDA-XML:project:1.0) and one UTF-8 text per document under sources/. A document's text is
// its paragraphs joined by line feeds; a coding is a PlainTextSelection whose startPosition and
// endPosition count code points in that text, carrying one Coding of its code; its memo is the
// selection's Description. Coders are Users; each state with a submission is a Case whose
// SelectionRefs point at its submissions' spans. Document memos become the source's
// Description, code memos Notes referred to by the code.
Result<QdpxExport> exportQdpx(Storage::Database &db);

} // namespace Rapporteur::Coding
