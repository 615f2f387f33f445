#include "qdacodebook.h"

#include "storage/codebookrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Rapporteur::Coding {

using Storage::CodeRecord;

namespace {

void writeCode(QXmlStreamWriter &xml, const CodeRecord &code, const QList<CodeRecord> &all,
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
    for (const CodeRecord &child : all) {
        if (child.parentId == code.id)
            writeCode(xml, child, all, noteOf);
    }
    xml.writeEndElement();
}

QdaCode readCode(QXmlStreamReader &xml)
{
    QdaCode code;
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
            code.children.append(readCode(xml));
        else if (xml.name() == QLatin1String("NoteRef")) {
            code.noteRefs.append(xml.attributes().value(QLatin1String("targetGUID")).toString());
            xml.skipCurrentElement();
        } else
            xml.skipCurrentElement();
    }
    return code;
}

Status applyCode(Storage::CodebookRepository &codebook, const QdaCode &code,
                 std::optional<qint64> parent, const QHash<QString, qint64> &byGuid,
                 QHash<QString, qint64> &ids, int &created)
{
    std::optional<qint64> id;
    if (byGuid.contains(code.guid))
        id = byGuid.value(code.guid);
    QString name = code.name.trimmed();
    name.replace(QLatin1Char('/'), QChar(0x2215));
    if (name.isEmpty())
        name = QStringLiteral("(unnamed)");
    if (!id) {
        auto existing = codebook.codes();
        if (!existing)
            return existing.error();
        for (const CodeRecord &c : std::as_const(*existing)) {
            if (c.parentId == parent && c.name == name)
                id = c.id;
        }
    }
    if (!id) {
        const QString colour =
            QStringView(code.colour).startsWith(QLatin1Char('#')) ? code.colour : QString();
        auto made = codebook.create(parent, name, code.description, colour, code.guid);
        if (!made)
            return made.error();
        id = *made;
        ++created;
    }
    if (!code.guid.isEmpty())
        ids.insert(code.guid, *id);
    for (const QdaCode &child : code.children) {
        if (auto applied = applyCode(codebook, child, id, byGuid, ids, created); !applied)
            return applied;
    }
    return success();
}

} // namespace

void writeCodes(QXmlStreamWriter &xml, const QList<CodeRecord> &codes,
                const QHash<qint64, QString> &noteOf)
{
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const CodeRecord &code : codes) {
        if (!code.parentId)
            writeCode(xml, code, codes, noteOf);
    }
    xml.writeEndElement();
}

QList<QdaCode> readCodes(QXmlStreamReader &xml)
{
    QList<QdaCode> codes;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Code"))
            codes.append(readCode(xml));
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
    QHash<QString, qint64> byGuid;
    for (const CodeRecord &c : std::as_const(*existing))
        byGuid.insert(c.guid, c.id);
    auto transaction = Storage::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    QHash<QString, qint64> ids;
    int made = 0;
    for (const QdaCode &code : codes) {
        if (auto applied = applyCode(codebook, code, std::nullopt, byGuid, ids, made); !applied)
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
