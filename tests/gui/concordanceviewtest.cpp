// The concordance tab on the sample corpus: every occurrence with its context, both orders,
// the counts per state and the CSV export.
#include "samplecorpus.h"
#include "testsupport.h"

#include "gui/common/corpussession.h"
#include "gui/concordance/concordancemodel.h"
#include "gui/concordance/concordanceview.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::ConcordanceModel;
using Gui::ConcordanceView;
using Gui::CorpusSession;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 15'000;

class ConcordanceViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
        ASSERT_TRUE(db);
        const Storage::CorpusRepository repo(**db);
        submissions = *repo.submissions();
        const auto documents = repo.documents();
        ASSERT_TRUE(documents) << documents.error().userMessage.toStdString();
        for (const auto &document : *documents)
            paragraphs << *repo.paragraphsOfDocument(document.symbol);
        session.open(SampleCorpus::bothDocumentsPath(), {}, submissions);
    }

    int show(const QString &term)
    {
        QSignalSpy shown(&view, &ConcordanceView::concordanceShown);
        view.showTerm(term);
        EXPECT_TRUE(shown.wait(kTimeoutMs));
        return shown.isEmpty() ? -1 : shown.first().at(0).toInt();
    }

    QList<Storage::SubmissionRecord> submissions;
    QList<Storage::ParagraphRecord> paragraphs;
    CorpusSession session;
    ConcordanceView view{session};
    QAbstractItemModelTester linesTester{view.lines(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester countsTester{view.counts(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ConcordanceViewTest, ListsEveryOccurrenceWithItsContext)
{
    const QString term = QStringLiteral("大规模毁灭性武器");
    int expected = 0;
    for (const auto &paragraph : std::as_const(paragraphs))
        expected += static_cast<int>(paragraph.text.count(term));
    ASSERT_GT(expected, 0);
    EXPECT_EQ(show(term), expected);
    EXPECT_EQ(view.lines()->rowCount(), expected);
    for (int row = 0; row < view.lines()->rowCount(); ++row) {
        const auto &line = view.lines()->lines().at(row);
        EXPECT_EQ(line.hit, term);
        // The line's three parts stand together in its paragraph.
        const QString joined = line.left + line.hit + line.right;
        bool inItsParagraph = false;
        for (const auto &paragraph : std::as_const(paragraphs))
            inItsParagraph |= paragraph.id == line.paragraphId && paragraph.text.contains(joined);
        EXPECT_TRUE(inItsParagraph) << joined.toStdString();
    }
    // Counts per state add up to the occurrences.
    int counted = 0;
    for (int row = 0; row < view.counts()->rowCount(); ++row)
        counted += view.counts()->index(row, 1).data().toInt();
    EXPECT_EQ(counted, expected);
}

TEST_F(ConcordanceViewTest, SortsByTheRightContextAndExportsWhatIsShown)
{
    ASSERT_GT(show(QStringLiteral("出口管制")), 1);
    const auto combo = view.findChild<QComboBox *>(QStringLiteral("concordanceOrder"));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(2); // by right context
    const auto &lines = view.lines()->lines();
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_LE(lines.at(i - 1).right, lines.at(i).right);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kwic.csv"));
    ASSERT_TRUE(view.exportCsv(file));
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList records =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(records.size(), lines.size() + 1); // a header, then each line in the order shown
    EXPECT_TRUE(records.first().endsWith(QStringLiteral("left,hit,right,footnote")));
    EXPECT_TRUE(records.at(1).contains(lines.first().right));
}

TEST_F(ConcordanceViewTest, TheTermBoxOffersTheNamesOfTheUnTermsDictionary)
{
    auto *box = view.findChild<QLineEdit *>(QStringLiteral("concordanceTerm"));
    ASSERT_NE(box, nullptr);
    ASSERT_NE(box->completer(), nullptr);
    box->completer()->setCompletionPrefix(QStringLiteral("导弹"));
    QStringList offered;
    for (int row = 0; box->completer()->setCurrentRow(row); ++row)
        offered << box->completer()->currentCompletion();
    // The MTCR's three Chinese names.
    EXPECT_TRUE(offered.contains(QStringLiteral("导弹技术控制制度")))
        << offered.join(u' ').toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("导弹及其技术控制制度")));
}

TEST_F(ConcordanceViewTest, ATermThatDoesNotOccurSaysSo)
{
    EXPECT_EQ(show(QStringLiteral("不存在的术语")), 0);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("does not occur")));
}

} // namespace
