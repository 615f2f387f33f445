#include "qdpxexport.h"

#include "anchoring.h"
#include "codingservice.h"
#include "qdacodebook.h"
#include "zipfile.h"

#include "storage/codebookrepository.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/memorepository.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include <map>

namespace Rapporteur::Coding {

using namespace Storage;

QUuid qdaNamespace()
{
    return QUuid(QStringLiteral("{6f1c1d2e-5b0a-4c3e-9a57-52505452a007}"));
}

QString qdaGuid(const QString &name)
{
    return QUuid::createUuidV5(qdaNamespace(), name).toString(QUuid::WithoutBraces);
}

QString qdaSourceName(const QString &symbol, const QString &language)
{
    return language.isEmpty() ? symbol : QStringLiteral("%1 [%2]").arg(symbol, language);
}

std::pair<QString, QString> qdaSourceVersion(const QString &name)
{
    static const QRegularExpression version(QStringLiteral("^(.+) \\[([a-z]{2})\\]$"));
    if (const auto match = version.match(name); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    return {name, QString()};
}

namespace {

struct Span
{
    int start = 0;
    int end = 0;
};

struct Source
{
    DocumentRecord document;
    QString guid;
    QString name;
    QString text;
    QHash<qint64, int> paragraphStart; // code points into text
    QList<std::pair<SubmissionRecord, Span>> submissions;
};

// Each language version of a document is a source of its own. The primary version keeps the
// guid a document always had, so that reading an older export back finds the same source; a
// document with several versions names each with its language (qdaSourceName).
Result<Source> readSource(CorpusRepository &corpus, const DocumentRecord &document, bool primary,
                          bool severalVersions)
{
    Source s;
    s.document = document;
    s.guid = qdaGuid(QStringLiteral("document:") + document.symbol +
                     (primary ? QString() : QLatin1Char('@') + document.language));
    s.name = qdaSourceName(document.symbol, severalVersions ? document.language : QString());
    auto paragraphs = corpus.paragraphsOfDocument(document.symbol, document.language);
    if (!paragraphs)
        return paragraphs.error();
    auto submissions = corpus.submissions(document.symbol, document.language);
    if (!submissions)
        return submissions.error();
    QHash<qint64, Span> spans; // submission id -> its paragraphs' extent
    int at = 0;
    for (const ParagraphRecord &p : std::as_const(*paragraphs)) {
        if (p.ordinal != paragraphs->first().ordinal) {
            s.text += QLatin1Char('\n');
            ++at;
        }
        s.paragraphStart.insert(p.id, at);
        const int length = codePointLength(p.text);
        if (p.submissionId) {
            Span &span = spans[*p.submissionId];
            if (span.end == 0)
                span.start = at;
            span.end = at + length;
        }
        s.text += p.text;
        at += length;
    }
    for (const SubmissionRecord &sub : std::as_const(*submissions)) {
        if (sub.entity && spans.value(sub.id).end > 0)
            s.submissions.append({sub, spans.value(sub.id)});
    }
    return s;
}

QString isoTime(const QString &stored)
{
    return stored.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : stored;
}

} // namespace

Result<QdpxExport> exportQdpx(Database &db)
{
    CorpusRepository corpus(db);
    auto codes = CodebookRepository(db).codes();
    auto codings = readCodings(db);
    auto documents = corpus.documents();
    auto memos = MemoRepository(db).memos();
    if (!codes)
        return codes.error();
    if (!codings)
        return codings.error();
    if (!documents)
        return documents.error();
    if (!memos)
        return memos.error();

    QHash<QString, int> versionCount;
    for (const DocumentRecord &d : std::as_const(*documents))
        ++versionCount[d.symbol];
    QSet<QString> seen;
    QList<Source> sources;
    for (const DocumentRecord &d : std::as_const(*documents)) {
        const bool primary = !seen.contains(d.symbol); // documents() is in import order
        seen.insert(d.symbol);
        auto source = readSource(corpus, d, primary, versionCount.value(d.symbol) > 1);
        if (!source)
            return source.error();
        sources.append(std::move(source).value());
    }
    QHash<qint64, QString> codeGuid;
    for (const CodeRecord &c : std::as_const(*codes))
        codeGuid.insert(c.id, c.guid);
    QHash<std::pair<int, qint64>, QString> memoText; // (kind, id) -> text
    QHash<qint64, QString> codeNote;                 // code id -> note guid
    for (const MemoRecord &m : std::as_const(*memos)) {
        memoText.insert({int(m.target), m.targetId}, m.text);
        if (m.target == MemoTarget::Code)
            codeNote.insert(m.targetId, qdaGuid(QStringLiteral("memo:code:%1").arg(m.targetId)));
    }
    std::map<QString, QString> users; // name -> guid, by name
    for (const CodingRecord &c : std::as_const(*codings))
        users.emplace(c.coder, qdaGuid(QStringLiteral("user:") + c.coder));

    QdpxExport result;
    result.codes = static_cast<int>(codes->size());
    QByteArray qde;
    QXmlStreamWriter xml(&qde);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Project"));
    xml.writeDefaultNamespace(QLatin1String(kProjectNamespace));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Rapporteur"));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Rapporteur"));
    xml.writeAttribute(QStringLiteral("creationDateTime"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    if (!users.empty()) {
        xml.writeStartElement(QStringLiteral("Users"));
        for (const auto &[name, guid] : users) {
            xml.writeEmptyElement(QStringLiteral("User"));
            xml.writeAttribute(QStringLiteral("guid"), guid);
            xml.writeAttribute(QStringLiteral("name"), name);
        }
        xml.writeEndElement();
    }
    if (!codes->isEmpty()) {
        xml.writeStartElement(QStringLiteral("CodeBook"));
        writeCodes(xml, *codes, codeNote);
        xml.writeEndElement();
    }

    // States as Cases, each pointing at the spans of its submissions.
    std::map<QString, std::pair<EntityRef, QStringList>> cases; // code -> entity, selection guids
    for (const Source &s : std::as_const(sources)) {
        for (const auto &[sub, span] : s.submissions) {
            auto &entry = cases[sub.entity->code];
            entry.first = *sub.entity;
            entry.second.append(qdaGuid(QStringLiteral("submission:%1").arg(sub.id)));
        }
    }
    if (!cases.empty()) {
        xml.writeStartElement(QStringLiteral("Cases"));
        for (const auto &[code, entry] : cases) {
            xml.writeStartElement(QStringLiteral("Case"));
            xml.writeAttribute(QStringLiteral("guid"), qdaGuid(QStringLiteral("case:") + code));
            xml.writeAttribute(QStringLiteral("name"),
                               QStringLiteral("%1 (%2)").arg(entry.first.nameEn, code));
            xml.writeTextElement(QStringLiteral("Description"), entry.first.nameZh);
            for (const QString &selection : entry.second) {
                xml.writeEmptyElement(QStringLiteral("SelectionRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), selection);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    ZipWriter zip;
    if (!sources.isEmpty())
        xml.writeStartElement(QStringLiteral("Sources"));
    for (const Source &s : std::as_const(sources)) {
        ++result.sources;
        const QString file = s.guid + QStringLiteral(".txt");
        if (auto added = zip.add(QStringLiteral("sources/") + file, s.text.toUtf8()); !added)
            return added.error();
        xml.writeStartElement(QStringLiteral("TextSource"));
        xml.writeAttribute(QStringLiteral("guid"), s.guid);
        xml.writeAttribute(QStringLiteral("name"), s.name);
        xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") + file);
        xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(s.document.importedAt));
        const QString docMemo = memoText.value({int(MemoTarget::Document), s.document.id});
        if (!docMemo.isEmpty())
            xml.writeTextElement(QStringLiteral("Description"), docMemo);
        for (const auto &[sub, span] : s.submissions) {
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"),
                               qdaGuid(QStringLiteral("submission:%1").arg(sub.id)));
            xml.writeAttribute(QStringLiteral("name"),
                               QStringLiteral("%1: %2").arg(sub.entity->code, sub.heading));
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(span.start));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(span.end));
            const QString subMemo = memoText.value({int(MemoTarget::Submission), sub.id});
            if (!subMemo.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"), subMemo);
            xml.writeEndElement();
        }
        for (const CodingRecord &c : std::as_const(*codings)) {
            if (c.anchor.documentId != s.document.id)
                continue;
            if (c.anchor.orphaned || !s.paragraphStart.contains(c.anchor.paragraphId)) {
                ++result.orphansLeftOut;
                continue;
            }
            const int base = s.paragraphStart.value(c.anchor.paragraphId);
            const QString user = users.at(c.coder);
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"),
                               qdaGuid(QStringLiteral("selection:") + c.guid));
            xml.writeAttribute(QStringLiteral("name"), c.anchor.quote.left(60));
            xml.writeAttribute(QStringLiteral("startPosition"),
                               QString::number(base + c.anchor.start));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(base + c.anchor.end));
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            if (!c.memo.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"), c.memo);
            xml.writeStartElement(QStringLiteral("Coding"));
            xml.writeAttribute(QStringLiteral("guid"), c.guid);
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(c.createdAt));
            xml.writeEmptyElement(QStringLiteral("CodeRef"));
            xml.writeAttribute(QStringLiteral("targetGUID"), codeGuid.value(c.codeId));
            xml.writeEndElement(); // Coding
            xml.writeEndElement(); // PlainTextSelection
            ++result.codings;
        }
        xml.writeEndElement(); // TextSource
    }
    if (!sources.isEmpty())
        xml.writeEndElement(); // Sources

    if (!codeNote.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Notes"));
        for (const MemoRecord &m : std::as_const(*memos)) {
            if (m.target != MemoTarget::Code)
                continue;
            xml.writeStartElement(QStringLiteral("Note"));
            xml.writeAttribute(QStringLiteral("guid"), codeNote.value(m.targetId));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("memo"));
            xml.writeTextElement(QStringLiteral("PlainTextContent"), m.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Project
    xml.writeEndDocument();

    if (auto added = zip.add(QStringLiteral("project.qde"), qde); !added)
        return added.error();
    auto archive = zip.finish();
    if (!archive)
        return archive.error();
    result.archive = std::move(archive).value();
    return result;
}

} // namespace Rapporteur::Coding
