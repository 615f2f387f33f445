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

// n codes, each holding the next when nested, else all at the top level.
QByteArray codebookOf(int n, bool nested)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>)";
    for (int i = 0; i < n; ++i) {
        xml += "<Code guid=\"" +
               QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0') +
               "\" name=\"code " + QByteArray::number(i) + "\" isCodable=\"true\">";
        if (!nested)
            xml += "</Code>";
    }
    if (nested) {
        for (int i = 0; i < n; ++i)
            xml += "</Code>";
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
    for (const bool nested : {false, true}) {
        int small = 0;
        int large = 0;
        const qint64 smallSteps = stepsToImport(codebookOf(15, nested), small);
        const qint64 largeSteps = stepsToImport(codebookOf(60, nested), large);
        EXPECT_EQ(small, 15);
        EXPECT_EQ(large, 60);
        EXPECT_LT(largeSteps, 6 * smallSteps) << "nested " << nested << ": " << smallSteps
                                              << " steps for 15 codes, " << largeSteps << " for 60";
    }
}

TEST(CodebookBounds, NestingDeeperThanAnyCodebookIsRefused)
{
    auto db = Storage::Database::openInMemory();
    ASSERT_TRUE(db.ok());
    int created = 0;
    stepsToImport(codebookOf(64, true), created);
    EXPECT_EQ(created, 64);
    auto deep = importCodebook(**db, codebookOf(100'000, true));
    ASSERT_FALSE(deep);
    EXPECT_TRUE(deep.error().userMessage.contains(QStringLiteral("nested more than 64 levels")))
        << deep.error().userMessage.toStdString();
    EXPECT_TRUE(Storage::CodebookRepository(**db).codes()->isEmpty());
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
