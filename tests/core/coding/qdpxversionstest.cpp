// A REFI-QDA project of a corpus that holds a document in two languages: each version is a source
// of its own, named with its language, and its codings come back on that version.
#include "testsupport.h"

#include "coding/codingservice.h"
#include "coding/qdpxexport.h"
#include "coding/qdpximport.h"
#include "coding/zipfile.h"
#include "common/progress.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "workflow/importer.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

const QString kSymbol = QStringLiteral("A/77/999");
const QString kJapanEn = QStringLiteral("Japan stresses the role of the Wassenaar Arrangement.");
const QString kJapanZh = QStringLiteral("日本强调瓦森纳安排的作用。");

std::unique_ptr<Storage::Database> corpusOf(const QString &path, const QStringList &fixtures)
{
    auto db = Storage::Database::open(path);
    EXPECT_TRUE(db.ok());
    if (!db.ok())
        return nullptr;
    QList<Workflow::ImportRequest> requests;
    for (const QString &fixture : fixtures)
        requests.append({Rapporteur::Test::fixturePath(fixture), kSymbol, {}});
    NullProgress progress;
    CancelToken cancel;
    EXPECT_TRUE(Workflow::importFiles(**db, requests, progress, cancel).ok());
    return std::move(db).value();
}

qint64 paragraphOf(Storage::Database &db, const QString &language, const QString &text)
{
    auto paragraphs = Storage::CorpusRepository(db).paragraphsOfDocument(kSymbol, language);
    EXPECT_TRUE(paragraphs.ok());
    for (const auto &p : *paragraphs) {
        if (p.text == text)
            return p.id;
    }
    return 0;
}

QStringList sourceNames(const QByteArray &qde)
{
    QStringList out;
    QXmlStreamReader xml(qde);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("TextSource"))
            out.append(xml.attributes().value(QLatin1String("name")).toString());
    }
    return out;
}

} // namespace

TEST(QdpxVersions, EachVersionIsASourceAndItsCodingsComeBackOnIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString chinese = QStringLiteral("compilation-small-translated.zh.txt");
    const QString english = QStringLiteral("compilation-small.en.txt");
    auto mine = corpusOf(dir.filePath(QStringLiteral("mine.sqlite")), {chinese, english});
    ASSERT_TRUE(mine);
    const qint64 en = paragraphOf(*mine, QStringLiteral("en"), kJapanEn);
    const qint64 zh = paragraphOf(*mine, QStringLiteral("zh"), kJapanZh);
    ASSERT_NE(en, 0);
    ASSERT_NE(zh, 0);
    ASSERT_TRUE(Coding::addCoding(
                    *mine, {QStringLiteral("论点/瓦森纳"), en, 0, 5, QStringLiteral("alice"), {}})
                    .ok());
    ASSERT_TRUE(Coding::addCoding(
                    *mine, {QStringLiteral("论点/瓦森纳"), zh, 0, 2, QStringLiteral("alice"), {}})
                    .ok());

    auto project = Coding::exportQdpx(*mine);
    ASSERT_TRUE(project.ok()) << project.error().userMessage.toStdString();
    EXPECT_EQ(project->sources, 2);
    auto zip = Coding::ZipReader::open(project->archive);
    ASSERT_TRUE(zip.ok());
    auto qde = zip->read(QStringLiteral("project.qde"));
    ASSERT_TRUE(qde.ok());
    EXPECT_EQ(sourceNames(*qde),
              (QStringList{QStringLiteral("A/77/999 [zh]"), QStringLiteral("A/77/999 [en]")}));
    // The primary version keeps the guid a document had before it had versions.
    EXPECT_TRUE(zip->names().contains(QStringLiteral("sources/") +
                                      Coding::qdaGuid(QStringLiteral("document:") + kSymbol) +
                                      QStringLiteral(".txt")));

    // Another corpus that imported the versions the other way round: English is its primary.
    auto theirs = corpusOf(dir.filePath(QStringLiteral("theirs.sqlite")), {english, chinese});
    ASSERT_TRUE(theirs);
    auto imported = Coding::importQdpx(*theirs, project->archive);
    ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
    EXPECT_EQ(imported->codingsAdded, 2);
    EXPECT_EQ(imported->codingsOrphaned, 0);
    EXPECT_TRUE(imported->missingDocuments.isEmpty());
    auto codings = Coding::readCodings(*theirs);
    ASSERT_TRUE(codings.ok());
    QStringList placed;
    for (const auto &c : *codings) {
        const qint64 inEnglish = paragraphOf(*theirs, QStringLiteral("en"), kJapanEn);
        const qint64 inChinese = paragraphOf(*theirs, QStringLiteral("zh"), kJapanZh);
        placed.append(c.anchor.quote + QLatin1Char('@') +
                      (c.anchor.paragraphId == inEnglish   ? QStringLiteral("en")
                       : c.anchor.paragraphId == inChinese ? QStringLiteral("zh")
                                                           : QStringLiteral("?")));
    }
    placed.sort();
    EXPECT_EQ(placed, (QStringList{QStringLiteral("Japan@en"), QStringLiteral("日本@zh")}));
}

TEST(QdpxVersions, ASourceNameReadsBackAsSymbolAndLanguage)
{
    EXPECT_EQ(Coding::qdaSourceName(QStringLiteral("A/77/96"), {}), QStringLiteral("A/77/96"));
    EXPECT_EQ(Coding::qdaSourceVersion(QStringLiteral("A/77/96 [en]")),
              std::make_pair(QStringLiteral("A/77/96"), QStringLiteral("en")));
    EXPECT_EQ(Coding::qdaSourceVersion(QStringLiteral("A/77/96")),
              std::make_pair(QStringLiteral("A/77/96"), QString()));
    // Only a two-letter code in brackets at the end is a language.
    EXPECT_EQ(Coding::qdaSourceVersion(QStringLiteral("A/77/96 [draft]")).second, QString());
}
