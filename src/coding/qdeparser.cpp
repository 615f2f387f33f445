#include "qdeparser.h"

#include <QXmlStreamReader>

namespace Rapporteur::Coding {

namespace {

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

QdaCoding readCoding(QXmlStreamReader &xml)
{
    QdaCoding coding;
    coding.guid = attribute(xml, "guid");
    coding.creatingUser = attribute(xml, "creatingUser");
    coding.created = attribute(xml, "creationDateTime");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("CodeRef"))
            coding.codeGuid = attribute(xml, "targetGUID");
        xml.skipCurrentElement();
    }
    return coding;
}

QdaSelection readSelection(QXmlStreamReader &xml)
{
    QdaSelection selection;
    selection.guid = attribute(xml, "guid");
    selection.start = attribute(xml, "startPosition").toInt();
    selection.end = attribute(xml, "endPosition").toInt();
    selection.creatingUser = attribute(xml, "creatingUser");
    selection.created = attribute(xml, "creationDateTime");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Description"))
            selection.description = xml.readElementText();
        else if (xml.name() == QLatin1String("Coding"))
            selection.codings.append(readCoding(xml));
        else
            xml.skipCurrentElement();
    }
    return selection;
}

QdaSource readSource(QXmlStreamReader &xml)
{
    QdaSource source;
    source.guid = attribute(xml, "guid");
    source.name = attribute(xml, "name");
    source.plainTextPath = attribute(xml, "plainTextPath");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Description"))
            source.description = xml.readElementText();
        else if (xml.name() == QLatin1String("PlainTextContent"))
            source.content = xml.readElementText();
        else if (xml.name() == QLatin1String("PlainTextSelection"))
            source.selections.append(readSelection(xml));
        else
            xml.skipCurrentElement();
    }
    return source;
}

// <Note> is a text source of its own; its content is what a memo holds.
void readNotes(QXmlStreamReader &xml, QHash<QString, QString> &notes)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Note")) {
            const QdaSource note = readSource(xml);
            notes.insert(note.guid, note.content);
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

Result<QdaProject> parseQde(const QByteArray &qde)
{
    QXmlStreamReader xml(qde);
    QdaProject project;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Project") ||
        xml.namespaceUri() != QLatin1String(kProjectNamespace)) {
        if (!xml.hasError())
            xml.raiseError(QStringLiteral("the root element is not a REFI-QDA <Project>"));
    } else {
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("Users")) {
                while (xml.readNextStartElement()) {
                    project.users.insert(attribute(xml, "guid"), attribute(xml, "name"));
                    xml.skipCurrentElement();
                }
            } else if (name == QLatin1String("CodeBook")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("Codes"))
                        project.codes = readCodes(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else if (name == QLatin1String("Sources")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("TextSource"))
                        project.sources.append(readSource(xml));
                    else
                        xml.skipCurrentElement();
                }
            } else if (name == QLatin1String("Notes")) {
                readNotes(xml, project.notes);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("project.qde is not a REFI-QDA project: %1 (line %2)")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber()),
                     {}};
    return project;
}

} // namespace Rapporteur::Coding
