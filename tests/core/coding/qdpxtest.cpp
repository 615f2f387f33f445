// The REFI-QDA project: a zip whose project.qde is well-formed XML in the project namespace,
// lists every source, code and coding with positions in code points, and reads back.
#include "codingtestsupport.h"

#include "testsupport.h"

#include "coding/codingservice.h"
#include "coding/qdpxexport.h"
#include "coding/qdpximport.h"
#include "coding/zipfile.h"
#include "storage/codebookrepository.h"
#include "storage/corpusrepository.h"
#include "storage/memorepository.h"
#include "workflow/importer.h"

#include <QXmlStreamReader>

using namespace Rapporteur;
using namespace Rapporteur::Test;

namespace {

class Qdpx : public CodingFixture
{
protected:
    void SetUp() override
    {
        CodingFixture::SetUp();
        code(QStringLiteral("论点/防扩散"), kAustralia1, 29, 40, QStringLiteral("alice"),
             QStringLiteral("memo 1"));
        code(QStringLiteral("论点/能力建设"), kAustralia2, 0, 4, QStringLiteral("bob"));
        code(QStringLiteral("行为体"), kBelarus, 0, 4, QStringLiteral("alice"));
    }
};

struct QdeCounts
{
    int sources = 0, codes = 0, codings = 0, cases = 0;
    QList<std::pair<int, int>> positions; // of selections with a coding
    QString rootNamespace;
};

QdeCounts readQde(const QByteArray &qde, QString *error)
{
    QdeCounts counts;
    QXmlStreamReader xml(qde);
    QList<std::pair<int, int>> open; // selection being read
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (counts.rootNamespace.isEmpty())
            counts.rootNamespace = xml.namespaceUri().toString();
        const auto name = xml.name();
        const auto a = xml.attributes();
        if (name == QLatin1String("TextSource"))
            ++counts.sources;
        else if (name == QLatin1String("Code"))
            ++counts.codes;
        else if (name == QLatin1String("Case"))
            ++counts.cases;
        else if (name == QLatin1String("PlainTextSelection"))
            open = {{a.value(QLatin1String("startPosition")).toInt(),
                     a.value(QLatin1String("endPosition")).toInt()}};
        else if (name == QLatin1String("Coding")) {
            ++counts.codings;
            counts.positions += open;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return counts;
}

} // namespace

TEST_F(Qdpx, IsAZipWithAWellFormedProjectListingEverySourceCodeAndCoding)
{
    auto project = Coding::exportQdpx(*m_db);
    ASSERT_TRUE(project.ok()) << project.error().userMessage.toStdString();
    EXPECT_TRUE(project->archive.startsWith(QByteArray("PK\x03\x04", 4)));
    auto zip = Coding::ZipReader::open(project->archive);
    ASSERT_TRUE(zip.ok());
    const QString source = QStringLiteral("sources/") +
                           Coding::qdaGuid(QStringLiteral("document:") + kSymbol) +
                           QStringLiteral(".txt");
    EXPECT_EQ(zip->names(), (QStringList{source, QStringLiteral("project.qde")}));

    auto qde = zip->read(QStringLiteral("project.qde"));
    ASSERT_TRUE(qde.ok());
    QString error;
    const QdeCounts counts = readQde(*qde, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(counts.rootNamespace, QStringLiteral("urn:QDA-XML:project:1.0"));
    EXPECT_EQ(counts.sources, 1);
    EXPECT_EQ(counts.codes, 4); // 论点, 论点/防扩散, 论点/能力建设, 行为体
    EXPECT_EQ(counts.codings, 3);
    EXPECT_EQ(counts.cases, 2); // AUS, BLR

    // The source is the paragraphs joined by line feeds: 编码测试报告 (6) + 1, 二. 答复 (5) + 1,
    // A. 各国政府 (7) + 1 put Australia's first paragraph at code point 21, so the coding
    // [29, 40) in it is [50, 61) in the source, and Belarus's [0, 4) is at 21 + 41 + 1 + 14 + 1
    // = 78.
    auto text = zip->read(source);
    ASSERT_TRUE(text.ok());
    const std::u32string points = QString::fromUtf8(*text).toStdU32String();
    ASSERT_EQ(counts.positions.size(), 3);
    EXPECT_EQ(counts.positions[0], std::make_pair(50, 61));
    EXPECT_EQ(QString::fromStdU32String(points.substr(50, 11)),
              QStringLiteral("出口管制有助于防止扩散"));
    EXPECT_EQ(counts.positions[1], std::make_pair(63, 67));
    EXPECT_EQ(counts.positions[2], std::make_pair(78, 82));
    EXPECT_EQ(QString::fromStdU32String(points.substr(78, 4)), QStringLiteral("白俄罗斯"));
}

TEST_F(Qdpx, ReadsBackIntoAnotherDatabaseWithTheSameCodings)
{
    ASSERT_TRUE(Storage::MemoRepository(*m_db)
                    .set(Storage::MemoTarget::Document,
                         (*Storage::CorpusRepository(*m_db).document(kSymbol))->id,
                         QStringLiteral("文件备忘"), QStringLiteral("alice"))
                    .ok());
    auto project = Coding::exportQdpx(*m_db);
    ASSERT_TRUE(project.ok());

    // Another corpus with the same document, imported on its own.
    QTemporaryDir dir;
    auto other = Storage::Database::open(dir.filePath(QStringLiteral("other.sqlite")));
    ASSERT_TRUE(other.ok());
    NullProgress progress;
    CancelToken cancel;
    ASSERT_TRUE(Workflow::importFiles(
                    **other, {{fixturePath(QStringLiteral("coding-small.zh.txt")), kSymbol, {}}},
                    progress, cancel)
                    .ok());
    auto imported = Coding::importQdpx(**other, project->archive);
    ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
    EXPECT_EQ(imported->codingsAdded, 3);
    EXPECT_EQ(imported->codesCreated, 4);
    EXPECT_EQ(imported->codingsOrphaned, 0);
    EXPECT_TRUE(imported->missingDocuments.isEmpty());

    auto mine = Coding::readCodings(*m_db);
    auto theirs = Coding::readCodings(**other);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    ASSERT_EQ(theirs->size(), mine->size());
    for (qsizetype i = 0; i < mine->size(); ++i) {
        const auto &a = (*mine)[i];
        const auto &b = (*theirs)[i];
        EXPECT_EQ(b.guid, a.guid);
        EXPECT_EQ(b.codePath, a.codePath);
        EXPECT_EQ(b.anchor.documentSymbol, a.anchor.documentSymbol);
        EXPECT_EQ(b.anchor.paragraphOrdinal, a.anchor.paragraphOrdinal);
        EXPECT_EQ(b.anchor.start, a.anchor.start);
        EXPECT_EQ(b.anchor.end, a.anchor.end);
        EXPECT_EQ(b.anchor.quote, a.anchor.quote);
        EXPECT_EQ(b.anchor.leftContext, a.anchor.leftContext);
        EXPECT_EQ(b.coder, a.coder);
        EXPECT_EQ(b.createdAt, a.createdAt);
        EXPECT_EQ(b.memo, a.memo);
        EXPECT_EQ(b.entityCode, a.entityCode);
    }
    auto memo = Storage::MemoRepository(**other).memo(
        Storage::MemoTarget::Document, (*Storage::CorpusRepository(**other).document(kSymbol))->id);
    ASSERT_TRUE(memo.ok() && memo->has_value());
    EXPECT_EQ((*memo)->text, QStringLiteral("文件备忘"));

    // Reading the same project again adds nothing.
    auto again = Coding::importQdpx(**other, project->archive);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->codingsAdded, 0);
    EXPECT_EQ(again->codingsAlreadyThere, 3);
    EXPECT_EQ(again->codesCreated, 0);
}

TEST_F(Qdpx, ASourceTheCorpusLacksIsReportedAndADamagedArchiveRefused)
{
    auto project = Coding::exportQdpx(*m_db);
    ASSERT_TRUE(project.ok());
    auto empty = Storage::Database::openInMemory();
    ASSERT_TRUE(empty.ok());
    auto imported = Coding::importQdpx(**empty, project->archive);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->missingDocuments, QStringList{kSymbol});
    EXPECT_EQ(imported->codingsAdded, 0);

    QByteArray damaged = project->archive;
    // A byte inside project.qde's compressed data (just past its name in the local header).
    const qsizetype at = damaged.indexOf("project.qde") + 11 + 5;
    damaged[at] = char(damaged[at] ^ 0x55);
    auto refused = Coding::importQdpx(**empty, damaged);
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(Coding::importQdpx(**empty, QByteArray("not a zip")).ok());
}
