// References are stored with the import: a re-import of a changed document replaces them, and a
// failed import leaves them exactly as they were.
#include "analysis/citedby.h"

#include "testsupport.h"

#include "storage/database.h"
#include "workflow/importer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Analysis::TargetKind;
using Rapporteur::Test::corpusPath;

namespace {

const QString kCommittee = QStringLiteral("A/79/416");

// How many paragraphs of the committee report cite the instrument.
int citingInCommittee(Storage::Database &db, const char *id)
{
    auto read = Analysis::readCitedTargets(
        db, Analysis::TargetQuery{TargetKind::Instrument, QString::fromLatin1(id)});
    EXPECT_TRUE(read.ok());
    int n = 0;
    for (const auto &c : read.value().constFirst().citations)
        n += c.document == kCommittee ? 1 : 0;
    return n;
}

Status import(Storage::Database &db, const QStringList &paths)
{
    QList<Workflow::ImportRequest> requests;
    for (const QString &path : paths)
        requests.append({path, kCommittee, {}});
    NullProgress progress;
    CancelToken cancel;
    auto imported = Workflow::importFiles(db, requests, progress, cancel);
    if (!imported)
        return imported.error();
    return success();
}

} // namespace

TEST(ReferencesReimport, ReplacedDocumentGetsNewReferencesAndAFailedImportKeepsThem)
{
    QTemporaryDir dir;
    auto opened = Storage::Database::open(dir.filePath(QStringLiteral("refs.sqlite")));
    ASSERT_TRUE(opened.ok());
    Storage::Database &db = **opened;
    const QString original =
        corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt"));
    ASSERT_TRUE(import(db, {original}).ok());
    // The draft's preamble recalls 《不扩散核武器条约》 once; nothing in the report names the TPNW.
    EXPECT_EQ(citingInCommittee(db, "NPT"), 1);
    EXPECT_EQ(citingInCommittee(db, "TPNW"), 0);

    // The same report with the treaty of that paragraph changed.
    QString text = Rapporteur::Test::readUtf8(original);
    ASSERT_EQ(text.count(QStringLiteral("《不扩散核武器条约》")), 1);
    text.replace(QStringLiteral("《不扩散核武器条约》"), QStringLiteral("《禁止核武器条约》"));
    const QString changed = dir.filePath(QStringLiteral("changed.zh.txt"));
    QFile out(changed);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    ASSERT_TRUE(import(db, {changed}).ok());
    EXPECT_EQ(citingInCommittee(db, "NPT"), 0);
    EXPECT_EQ(citingInCommittee(db, "TPNW"), 1);

    // The original again, stored in one transaction with a document the database refuses (its
    // submission names an entity that does not exist): the original was stored and indexed, then
    // rolled back with the rest.
    NullProgress progress;
    CancelToken cancel;
    auto first = Workflow::prepareImport({original, kCommittee, {}}, progress, cancel);
    ASSERT_TRUE(first.ok());
    Workflow::PreparedImport refused = *first;
    refused.document.symbol = QStringLiteral("A/79/999");
    refused.document.submissions.append(Submission{});
    refused.document.submissions.last().entityCode = QStringLiteral("ZZZ");
    EXPECT_FALSE(Workflow::storeImports(db, {*first, refused}, cancel).ok());
    EXPECT_EQ(citingInCommittee(db, "NPT"), 0);
    EXPECT_EQ(citingInCommittee(db, "TPNW"), 1);
}
