#include "realpdfs.h"

#include "workflow/importer.h"

#include <QDir>
#include <QHash>

#include <gtest/gtest.h>

namespace Rapporteur::Test {

QString realPdf(const QString &name)
{
    return QDir(QStringLiteral(RAPPORTEUR_REAL_CORPUS)).filePath(name + QStringLiteral(".pdf"));
}

const QStringList &realPdfsWithText()
{
    // A-RES-2758-XXVI.ru is an image-only scan.
    static const QStringList names{
        QStringLiteral("A-80-590.en"),       QStringLiteral("A-80-596.en"),
        QStringLiteral("A-80-604-Add.1.en"), QStringLiteral("A-80-604-Add.6.en"),
        QStringLiteral("A-80-630.en"),       QStringLiteral("A-80-L.4.en"),
        QStringLiteral("A-81-6-SECT.16.en"), QStringLiteral("A-C.1-80-L.4.en"),
        QStringLiteral("A-C.1-80-L.54.en"),  QStringLiteral("A-C.4-80-L.1.en"),
        QStringLiteral("A-C.6-80-L.1.en"),   QStringLiteral("A-L.632.en"),
        QStringLiteral("A-RES-73-6.en"),     QStringLiteral("A-RES-73-7.en"),
        QStringLiteral("A-RES-79-1.en")};
    return names;
}

const ParsedDocument &realDocument(const QString &name)
{
    static QHash<QString, ParsedDocument> read;
    if (auto it = read.constFind(name); it != read.cend())
        return *it;
    NullProgress progress;
    CancelToken cancel;
    auto prepared = Workflow::prepareImport({realPdf(name), {}, {}}, progress, cancel);
    if (!prepared)
        ADD_FAILURE() << name.toStdString() << ": " << prepared.error().userMessage.toStdString();
    return *read.insert(name, prepared ? prepared->document : ParsedDocument{});
}

} // namespace Rapporteur::Test
