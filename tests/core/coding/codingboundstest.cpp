// What a codebook or project file can ask of the program is bounded: the work grows with the
// number of codes, never with its square; nesting and unpacking have limits a hostile file cannot
// pass.
#include "coding/qdacodebook.h"
#include "coding/zipfile.h"
#include "storage/codebookrepository.h"
#include "storage/database.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace Rapporteur;
using namespace Rapporteur::Coding;

namespace {

// n codes, each holding the next up to `depth` levels (then a new chain starts at the top).
QByteArray codebookOf(int n, int depth)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>)";
    for (int i = 0; i < n; ++i) {
        xml += "<Code guid=\"" +
               QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0') +
               "\" name=\"code " + QByteArray::number(i) + "\" isCodable=\"true\">";
        if ((i + 1) % depth == 0 || i + 1 == n) {
            for (int open = 0; open <= i % depth; ++open)
                xml += "</Code>";
        }
    }
    return xml + "</Codes></CodeBook>";
}

// SQLite's virtual-machine instructions (the handler runs at each) for importing the codebook into an empty database: a count of
// the work done, the same on every machine, unlike a time.
qint64 stepsToImport(const QByteArray &qdc, int &created)
{
    auto db = Storage::Database::openInMemory();
    EXPECT_TRUE(db.ok());
    qint64 steps = 0;
    sqlite3_progress_handler(
        (*db)->handle(), 1,
        [](void *counter) {
            ++*static_cast<qint64 *>(counter);
            return 0;
        },
        &steps);
    auto imported = importCodebook(**db, qdc);
    EXPECT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
    created = imported.ok() ? *imported : -1;
    return steps;
}

} // namespace

// Four times the codes may take four times the work, give or take; a scan of the codebook per
// code (the old import) took sixteen times.
TEST(CodebookBounds, ImportWorkGrowsLinearlyWithTheCodes)
{
    for (const int depth : {1, 5}) {
        int small = 0;
        int large = 0;
        const qint64 smallSteps = stepsToImport(codebookOf(15, depth), small);
        const qint64 largeSteps = stepsToImport(codebookOf(60, depth), large);
        EXPECT_EQ(small, 15);
        EXPECT_EQ(large, 60);
        EXPECT_LT(largeSteps, 6 * smallSteps) << "depth " << depth << ": " << smallSteps
                                              << " steps for 15 codes, " << largeSteps << " for 60";
    }
}

TEST(CodebookBounds, NestingDeeperThanAnyCodebookIsRefused)
{
    auto db = Storage::Database::openInMemory();
    ASSERT_TRUE(db.ok());
    int created = 0;
    stepsToImport(codebookOf(64, 64), created);
    EXPECT_EQ(created, 64);
    auto deep = importCodebook(**db, codebookOf(100'000, 100'000));
    ASSERT_FALSE(deep);
    EXPECT_TRUE(deep.error().userMessage.contains(QStringLiteral("nested more than 64 levels")))
        << deep.error().userMessage.toStdString();
    EXPECT_TRUE(Storage::CodebookRepository(**db).codes()->isEmpty());
}

// Every way a code gets its place keeps to the one bound, so what is exported imports again.
TEST(CodebookBounds, CodesNestAtMostSixtyFourLevelsHoweverTheyGetThere)
{
    auto db = Storage::Database::openInMemory();
    ASSERT_TRUE(db.ok());
    Storage::CodebookRepository codebook(**db);
    QStringList path;
    for (int i = 1; i <= 64; ++i)
        path << QStringLiteral("level %1").arg(i);
    auto deepest = codebook.ensurePath(path);
    ASSERT_TRUE(deepest.ok()) << deepest.error().userMessage.toStdString();
    auto tooDeep = codebook.create(*deepest, QStringLiteral("level 65"));
    ASSERT_FALSE(tooDeep);
    EXPECT_TRUE(tooDeep.error().userMessage.contains(QStringLiteral("at most 64 levels")));

    // A two-level branch moved under level 63 would reach 65.
    auto top = codebook.ensurePath({QStringLiteral("other"), QStringLiteral("child")});
    ASSERT_TRUE(top.ok());
    auto other = codebook.ensurePath({QStringLiteral("other")});
    auto level63 = codebook.ensurePath(path.mid(0, 63));
    ASSERT_TRUE(other.ok() && level63.ok());
    EXPECT_FALSE(codebook.move(*other, *level63));
    auto level62 = codebook.ensurePath(path.mid(0, 62));
    ASSERT_TRUE(level62.ok());
    EXPECT_TRUE(codebook.move(*other, *level62));

    // The 64 levels go out and come back.
    auto qdc = exportCodebook(**db);
    ASSERT_TRUE(qdc.ok());
    auto fresh = Storage::Database::openInMemory();
    ASSERT_TRUE(fresh.ok());
    auto imported = importCodebook(**fresh, *qdc);
    ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
    EXPECT_EQ(*imported, 66);
}

// A small archive can state, and deliver, a thousand times its size.
TEST(ZipBounds, AnEntryThatUnpacksPastTheLimitIsRefusedUnread)
{
    ZipWriter writer;
    ASSERT_TRUE(writer.add(QStringLiteral("project.qde"), QByteArray(3'000'000, '\0')));
    ASSERT_TRUE(writer.add(QStringLiteral("sources/a.txt"), QByteArray(600'000, 'a')));
    ASSERT_TRUE(writer.add(QStringLiteral("sources/b.txt"), QByteArray(600'000, 'b')));
    auto archive = writer.finish();
    ASSERT_TRUE(archive.ok());
    ASSERT_LT(archive->size(), 20'000);

    auto zip = ZipReader::open(*archive);
    ASSERT_TRUE(zip.ok());
    zip->setLimits(1'000'000, 1'000'000);
    auto bomb = zip->read(QStringLiteral("project.qde"));
    ASSERT_FALSE(bomb);
    EXPECT_TRUE(bomb.error().userMessage.contains(QStringLiteral("3 MB"))) << bomb.error().userMessage.toStdString();
    EXPECT_TRUE(zip->read(QStringLiteral("sources/a.txt"))); // within both limits
    EXPECT_FALSE(zip->read(QStringLiteral("sources/b.txt"))); // past the total
}
