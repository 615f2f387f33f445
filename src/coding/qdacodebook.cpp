#include "qdacodebook.h"

#include "storage/codebookrepository.h"
#include "storage/codecolours.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Rapporteur::Coding {

using Storage::CodeRecord;

namespace {

// Each code's children, in the order of the list: built once, so writing n codes is linear.
using ChildIndex = QHash<qint64, QList<const CodeRecord *>>;

void writeCode(QXmlStreamWriter &xml, const CodeRecord &code, const ChildIndex &children,
               const QHash<qint64, QString> &noteOf)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), code.guid);
    xml.writeAttribute(QStringLiteral("name"), code.name);
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (!code.colour.isEmpty())
        xml.writeAttribute(QStringLiteral("color"), code.colour.toUpper());
    if (!code.description.isEmpty())
        xml.writeTextElement(QStringLiteral("Description"), code.description);
    if (noteOf.contains(code.id)) {
        xml.writeEmptyElement(QStringLiteral("NoteRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"), noteOf.value(code.id));
    }
    for (const CodeRecord *child : children.value(code.id))
        writeCode(xml, *child, children, noteOf);
    xml.writeEndElement();
}

// The repository's bound, read before anything is stored: the recursion below cannot run out
// of stack on a hostile file.
constexpr int kMaxCodeDepth = Storage::CodebookRepository::kMaxDepth;

QdaCode readCode(QXmlStreamReader &xml, int depth)
{
    QdaCode code;
    if (depth > kMaxCodeDepth) {
        xml.raiseError(
            QStringLiteral("codes are nested more than %1 levels deep").arg(kMaxCodeDepth));
        return code;
    }
    const auto attributes = xml.attributes();
    code.guid = attributes.value(QLatin1String("guid")).toString();
    code.name = attributes.value(QLatin1String("name")).toString();
    code.colour = attributes.value(QLatin1String("color")).toString().toLower();
    if (code.colour.size() == 4) // #rgb → #rrggbb
        code.colour = QStringLiteral("#%1%1%2%2%3%3")
                          .arg(code.colour[1])
                          .arg(code.colour[2])
                          .arg(code.colour[3]);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Description"))
            code.description = xml.readElementText();
        else if (xml.name() == QLatin1String("Code"))
            code.children.append(readCode(xml, depth + 1));
        else if (xml.name() == QLatin1String("NoteRef")) {
            code.noteRefs.append(xml.attributes().value(QLatin1String("targetGUID")).toString());
            xml.skipCurrentElement();
        } else
            xml.skipCurrentElement();
    }
    return code;
}

// The codes already in the database, found by guid or by (parent, name): kept up to date as
// codes are made, so that importing n codes reads the codebook once, not n times.
struct CodeIndex
{
    QHash<QString, qint64> byGuid;
    QHash<std::pair<qint64, QString>, qint64> byParentAndName; // parent 0: a top-level code
    Storage::CodeColourCount colours{{}}; // a code without a colour takes the least used
};

Status applyCode(Storage::CodebookRepository &codebook, const QdaCode &code,
                 std::optional<qint64> parent, CodeIndex &index, QHash<QString, qint64> &ids,
                 int &created)
{
    std::optional<qint64> id;
    if (index.byGuid.contains(code.guid))
        id = index.byGuid.value(code.guid);
    QString name = code.name.trimmed();
    name.replace(QLatin1Char('/'), QChar(0x2215));
    if (name.isEmpty())
        name = QStringLiteral("(unnamed)");
    const std::pair<qint64, QString> key{parent.value_or(0), name};
    if (!id && index.byParentAndName.contains(key))
        id = index.byParentAndName.value(key);
    if (!id) {
        QString colour =
            QStringView(code.colour).startsWith(QLatin1Char('#')) ? code.colour : QString();
        if (colour.isEmpty())
            colour = index.colours.takeLeastUsed();
        else
            index.colours.add(colour);
        auto made = codebook.create(parent, name, code.description, colour, code.guid);
        if (!made)
            return made.error();
        id = *made;
        ++created;
        index.byParentAndName.insert(key, *id);
        if (!code.guid.isEmpty())
            index.byGuid.insert(code.guid, *id);
    }
    if (!code.guid.isEmpty())
        ids.insert(code.guid, *id);
    for (const QdaCode &child : code.children) {
        if (auto applied = applyCode(codebook, child, id, index, ids, created); !applied)
            return applied;
    }
    return success();
}

} // namespace

void writeCodes(QXmlStreamWriter &xml, const QList<CodeRecord> &codes,
                const QHash<qint64, QString> &noteOf)
{
    xml.writeStartElement(QStringLiteral("Codes"));
    ChildIndex children;
    for (const CodeRecord &code : codes) {
        if (code.parentId)
            children[*code.parentId].append(&code);
    }
    for (const CodeRecord &code : codes) {
        if (!code.parentId)
            writeCode(xml, code, children, noteOf);
    }
    xml.writeEndElement();
}

QList<QdaCode> readCodes(QXmlStreamReader &xml)
{
    QList<QdaCode> codes;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Code"))
            codes.append(readCode(xml, 1));
        else
            xml.skipCurrentElement();
    }
    return codes;
}

Result<QHash<QString, qint64>> applyCodebook(Storage::Database &db, const QList<QdaCode> &codes,
                                             int *created)
{
    Storage::CodebookRepository codebook(db);
    auto existing = codebook.codes();
    if (!existing)
        return existing.error();
    CodeIndex index;
    for (const CodeRecord &c : std::as_const(*existing)) {
        index.byGuid.insert(c.guid, c.id);
        index.byParentAndName.insert({c.parentId.value_or(0), c.name}, c.id);
        index.colours.add(c.colour);
    }
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QHash<QString, qint64> ids;
    int made = 0;
    for (const QdaCode &code : codes) {
        if (auto applied = applyCode(codebook, code, std::nullopt, index, ids, made); !applied)
            return applied.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    if (created)
        *created = made;
    return ids;
}

Result<QByteArray> exportCodebook(Storage::Database &db)
{
    auto codes = Storage::CodebookRepository(db).codes();
    if (!codes)
        return codes.error();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeDefaultNamespace(QLatin1String(kCodebookNamespace));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Rapporteur"));
    writeCodes(xml, *codes);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Result<int> importCodebook(Storage::Database &db, const QByteArray &qdc)
{
    QXmlStreamReader xml(qdc);
    QList<QdaCode> codes;
    if (xml.readNextStartElement() && xml.name() == QLatin1String("CodeBook")) {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("Codes"))
                codes = readCodes(xml);
            else
                xml.skipCurrentElement();
        }
    } else if (!xml.hasError()) {
        xml.raiseError(QStringLiteral("the root element is not <CodeBook>"));
    }
    if (xml.hasError())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("not a REFI-QDA codebook: %1").arg(xml.errorString()),
                     {}};
    int created = 0;
    auto applied = applyCodebook(db, codes, &created);
    if (!applied)
        return applied.error();
    return created;
}

} // namespace Rapporteur::Coding
