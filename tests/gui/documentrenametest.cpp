// Renaming a document from the corpus tree: the new symbol for every version, written off the
// GUI thread; a symbol in use is refused with the reason, and the corpus stays as it was.
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/corpus/documentrename.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

class DocumentRenameTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("corpus.sqlite"));
        ASSERT_TRUE(QFile::copy(SampleCorpus::bothDocumentsPath(), path));
        session.open(path);
    }

    QStringList symbols() const
    {
        auto db = Storage::Database::open(path);
        EXPECT_TRUE(db);
        const auto documents = Storage::CorpusRepository(**db).documents();
        EXPECT_TRUE(documents);
        QStringList out;
        for (const auto &d : *documents)
            out << d.symbol;
        out.sort();
        return out;
    }

    QTemporaryDir dir;
    QString path;
    CorpusSession session;
    QWidget window;
    DocumentRename rename{session, &window};
};

TEST_F(DocumentRenameTest, GivesTheDocumentItsNewSymbol)
{
    QSignalSpy renamed(&rename, &DocumentRename::renamed);
    rename.rename(QStringLiteral("A/79/416"), QStringLiteral(" A/79/416/Rev.1 "));
    ASSERT_TRUE(renamed.wait(kTimeoutMs));
    EXPECT_EQ(renamed.first().at(1).toString(), QStringLiteral("A/79/416/Rev.1"));
    EXPECT_EQ(symbols(),
              (QStringList{QStringLiteral("A/77/96"), QStringLiteral("A/79/416/Rev.1")}));
}

TEST_F(DocumentRenameTest, ASymbolInUseIsRefusedWithTheReason)
{
    QSignalSpy failed(&rename, &DocumentRename::failed);
    rename.rename(QStringLiteral("A/79/416"), QStringLiteral("A/77/96"));
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_EQ(failed.first().at(0).toString(),
              QStringLiteral("A/79/416 was not renamed: there is already a document A/77/96"));
    EXPECT_EQ(symbols(), (QStringList{QStringLiteral("A/77/96"), QStringLiteral("A/79/416")}));
}

TEST_F(DocumentRenameTest, AsksForTheNewSymbolWithTheOldOneFilledIn)
{
    rename.ask(QStringLiteral("A/79/416"));
    auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("renameDocumentDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->textValue(), QStringLiteral("A/79/416"));
    QSignalSpy renamed(&rename, &DocumentRename::renamed);
    dialog->setTextValue(QStringLiteral("A/79/417"));
    dialog->accept();
    ASSERT_TRUE(renamed.wait(kTimeoutMs));
    EXPECT_EQ(symbols(), (QStringList{QStringLiteral("A/77/96"), QStringLiteral("A/79/417")}));
}

} // namespace
