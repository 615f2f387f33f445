// Submissions side by side over both sample documents: Australia, China and the European Union
// in columns, their texts read off the GUI thread, and each entity's position on the vote on the
// draft as a whole (A/79/416 (c)) in its column's header.
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/compare/comparisoncolumn.h"
#include "gui/compare/comparisonview.h"
#include "gui/reader/submissionreader.h"
#include "gui/votes/votetablemodel.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;

struct Corpus
{
    QList<Storage::SubmissionRecord> submissions;
    QList<Storage::VoteRecord> votes;
};

const Corpus &corpus()
{
    static const Corpus c = [] {
        auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
        if (!db)
            std::abort();
        return Corpus{*Storage::CorpusRepository(**db).submissions(),
                      *Storage::VoteRepository(**db).votes()};
    }();
    return c;
}

// Waits until every column shows the text of the submission it has chosen.
bool waitForTexts(const ComparisonView &view)
{
    const auto allShown = [&] {
        for (int i = 0; i < view.columnCount(); ++i) {
            const ComparisonColumn *c = view.column(i);
            if (c->submissionId() == 0 || c->reader()->submissionId() != c->submissionId())
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(allShown, kTimeoutMs);
}

class SideBySide : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_session.open(SampleCorpus::bothDocumentsPath(), {}, corpus().submissions);
        m_session.setVotes(corpus().votes);
    }
    CorpusSession m_session;
    ComparisonView m_view{m_session};
};

TEST_F(SideBySide, ShowsTheChosenStates)
{
    m_view.setColumns({QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("EUU")});
    ASSERT_EQ(m_view.columnCount(), 3);
    EXPECT_EQ(m_view.columnCodes(),
              (QStringList{QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("EUU")}));
    ASSERT_TRUE(waitForTexts(m_view));

    // Headings and first words as A/77/96 writes them.
    const QString australia = m_view.column(0)->reader()->toPlainText();
    EXPECT_TRUE(australia.contains(QStringLiteral("澳大利亚")));
    EXPECT_TRUE(
        australia.contains(QStringLiteral("如 ODA/2022-00036/PICIT 号文件所载普通照会所述")));
    const QString china = m_view.column(1)->reader()->toPlainText();
    EXPECT_TRUE(china.contains(QStringLiteral("中国")));
    EXPECT_TRUE(china.contains(QStringLiteral("根据联合国大会第七十六届会议第 76/234 号决议")));
    const QString union_ = m_view.column(2)->reader()->toPlainText();
    EXPECT_TRUE(union_.contains(QStringLiteral("B. 欧洲联盟")));
    EXPECT_TRUE(union_.contains(QStringLiteral("强有力和值得信赖的出口管制")));

    // The headers: vote (c), on the draft as a whole, by default. Australia is in its 反对 list,
    // China in its 赞成 list; the European Union casts no vote.
    const auto choice = m_view.findChild<QComboBox *>(QStringLiteral("comparisonVote"));
    ASSERT_NE(choice, nullptr);
    EXPECT_TRUE(choice->currentText().startsWith(QStringLiteral("A/79/416 (c)")));
    const ComparisonColumn &aus = *m_view.column(0);
    EXPECT_EQ(aus.position(), VotePosition::No);
    EXPECT_TRUE(aus.headerText().startsWith(QStringLiteral("反对")));
    EXPECT_TRUE(aus.headerText().contains(VoteTableModel::positionLabel(VotePosition::No)));
    EXPECT_TRUE(aus.headerText().endsWith(QStringLiteral("A/79/416 (c)")));
    EXPECT_EQ(aus.headerColour(), VoteTableModel::positionColour(VotePosition::No));
    const ComparisonColumn &chn = *m_view.column(1);
    EXPECT_EQ(chn.position(), VotePosition::Yes);
    EXPECT_TRUE(chn.headerText().startsWith(QStringLiteral("赞成")));
    EXPECT_EQ(chn.headerColour(), VoteTableModel::positionColour(VotePosition::Yes));
    const ComparisonColumn &eu = *m_view.column(2);
    EXPECT_EQ(eu.position(), std::nullopt);
    EXPECT_TRUE(eu.headerText().endsWith(QStringLiteral("A/79/416 (c)")));

    for (int i = 0; i < m_view.columnCount(); ++i) {
        QAbstractItemModelTester tester(m_view.column(i)->chooser()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_EQ(m_view.column(i)->chooser()->count(), 33);
    }
    // Each column leads to its state's profile.
    QSignalSpy profile(&m_view, &ComparisonView::entityActivated);
    auto *button = m_view.column(1)->findChild<QToolButton *>(QStringLiteral("comparisonProfile"));
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_EQ(profile.count(), 1);
    EXPECT_EQ(profile.first().at(0).toString(), QStringLiteral("CHN"));

    QAbstractItemModelTester voteTester(choice->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(choice->count(), 3);
}

TEST_F(SideBySide, AnotherVoteChangesEveryHeader)
{
    m_view.setColumns({QStringLiteral("AUS"), QStringLiteral("CHN")});
    const Storage::VoteRecord &first = corpus().votes.first();
    ASSERT_EQ(first.label, QStringLiteral("(a)"));
    ASSERT_TRUE(m_view.chooseVote(first.id));
    EXPECT_EQ(m_view.currentVoteId(), first.id);
    EXPECT_TRUE(m_view.column(0)->headerText().endsWith(QStringLiteral("A/79/416 (a)")));
    EXPECT_TRUE(m_view.column(1)->headerText().endsWith(QStringLiteral("A/79/416 (a)")));
    EXPECT_FALSE(m_view.chooseVote(-1));
}

TEST_F(SideBySide, ANewViewAsksForTheStatesInsteadOfChoosingThem)
{
    // It used to fill its columns with the corpus's first states (Australia and Belarus): a
    // comparison nobody asked for. Which states to compare is the user's question.
    ASSERT_EQ(m_view.columnCount(), 2);
    EXPECT_EQ(m_view.columnCodes(), (QStringList{QString(), QString()}));
    for (int i = 0; i < m_view.columnCount(); ++i) {
        const ComparisonColumn &c = *m_view.column(i);
        EXPECT_EQ(c.submissionId(), 0);
        EXPECT_EQ(c.chooser()->currentIndex(), -1);
        EXPECT_EQ(c.chooserText(), QStringLiteral("Choose a state…"));
        EXPECT_TRUE(c.reader()->toPlainText().contains(QStringLiteral("Choose a state above")))
            << c.reader()->toPlainText().toStdString();
        EXPECT_FALSE(c.findChild<QToolButton *>(QStringLiteral("comparisonProfile"))->isEnabled());
    }
    EXPECT_TRUE(m_view.noteText().isEmpty());
}

TEST_F(SideBySide, AddedStatesFillTheColumnsFromTheLeftAndAFifthIsRefusedAloud)
{
    QSignalSpy noted(&m_view, &ComparisonView::noted);
    EXPECT_EQ(m_view.addState(QStringLiteral("AUS")), 0);
    EXPECT_EQ(m_view.addState(QStringLiteral("CHN")), 1);
    EXPECT_EQ(m_view.addState(QStringLiteral("EUU")), 2); // a third column, at the right
    EXPECT_EQ(m_view.addState(QStringLiteral("NLD")), 3);
    EXPECT_EQ(m_view.columnCodes(), (QStringList{QStringLiteral("AUS"), QStringLiteral("CHN"),
                                                 QStringLiteral("EUU"), QStringLiteral("NLD")}));
    EXPECT_TRUE(noted.isEmpty());
    ASSERT_TRUE(waitForTexts(m_view));

    // A fifth: nothing is dropped, and the view says why Belgium is not there.
    EXPECT_EQ(m_view.addState(QStringLiteral("BEL")), -1);
    EXPECT_EQ(m_view.columnCount(), 4);
    EXPECT_FALSE(m_view.columnCodes().contains(QStringLiteral("BEL")));
    EXPECT_TRUE(m_view.noteText().contains(QStringLiteral("at most 4")));
    EXPECT_TRUE(m_view.noteText().contains(QStringLiteral("Belgium")));
    ASSERT_EQ(noted.count(), 1);
    EXPECT_EQ(noted.first().at(0).toString(), m_view.noteText());
    auto *note = m_view.findChild<QLabel *>(QStringLiteral("comparisonNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isHidden());

    // A state already there stays in its column.
    EXPECT_EQ(m_view.addState(QStringLiteral("CHN")), 1);
    EXPECT_EQ(m_view.columnCount(), 4);
    EXPECT_TRUE(m_view.noteText().contains(QStringLiteral("column 2")));

    // With a column free again, the next state goes into it.
    m_view.findChild<QPushButton *>(QStringLiteral("comparisonRemoveColumn"))->click();
    EXPECT_TRUE(note->isHidden());
    EXPECT_EQ(m_view.addState(QStringLiteral("BEL")), 3);
    EXPECT_EQ(m_view.columnCodes().last(), QStringLiteral("BEL"));

    // A state without a submission in the corpus (Argentina only voted) is said, not shown.
    EXPECT_EQ(m_view.addState(QStringLiteral("ARG")), -1);
    EXPECT_TRUE(m_view.noteText().contains(QStringLiteral("Argentina")));
}

TEST_F(SideBySide, TwoToFourColumns)
{
    auto *add = m_view.findChild<QPushButton *>(QStringLiteral("comparisonAddColumn"));
    auto *remove = m_view.findChild<QPushButton *>(QStringLiteral("comparisonRemoveColumn"));
    ASSERT_TRUE(add && remove);
    EXPECT_EQ(m_view.columnCount(), 2);
    EXPECT_FALSE(remove->isEnabled());
    add->click();
    add->click();
    EXPECT_EQ(m_view.columnCount(), 4);
    EXPECT_FALSE(add->isEnabled());
    add->click();
    EXPECT_EQ(m_view.columnCount(), 4);
    // A new column asks for its state (it used to take one not yet on show).
    EXPECT_EQ(m_view.columnCodes(), QStringList(4, QString()));
    remove->click();
    remove->click();
    remove->click();
    EXPECT_EQ(m_view.columnCount(), 2);
    EXPECT_TRUE(add->isEnabled());

    // Fewer than two: the other column asks for a state.
    m_view.setColumns({QStringLiteral("AUS"), QStringLiteral("CHN")});
    m_view.setColumns({QStringLiteral("NLD")});
    EXPECT_EQ(m_view.columnCount(), 2);
    EXPECT_EQ(m_view.columnCodes(), (QStringList{QStringLiteral("NLD"), QString()}));
    EXPECT_TRUE(m_view.noteText().isEmpty());

    // More than four: four columns, and the note names the state left out.
    m_view.setColumns({QStringLiteral("AUS"), QStringLiteral("CHN"), QStringLiteral("EUU"),
                       QStringLiteral("NLD"), QStringLiteral("BEL")});
    EXPECT_EQ(m_view.columnCount(), 4);
    EXPECT_TRUE(m_view.noteText().contains(QStringLiteral("Belgium")));
    ASSERT_TRUE(waitForTexts(m_view));
}

TEST_F(SideBySide, ChoosingAnotherSubmissionLoadsItsText)
{
    m_view.setColumns({QStringLiteral("AUS"), QStringLiteral("CHN")});
    ASSERT_TRUE(waitForTexts(m_view));
    QComboBox *chooser = m_view.column(0)->chooser();
    const int netherlands = chooser->findText(QStringLiteral("荷兰王国"), Qt::MatchStartsWith);
    ASSERT_GE(netherlands, 0);
    chooser->setCurrentIndex(netherlands - 1);
    QSignalSpy shown(&m_view, &ComparisonView::columnShown);
    QTest::keyClick(chooser, Qt::Key_Down); // the user's choice, as from the keyboard
    EXPECT_EQ(m_view.columnCodes().first(), QStringLiteral("NLD"));
    EXPECT_EQ(m_view.column(0)->position(), VotePosition::No);
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_EQ(shown.first().at(0).toInt(), 0);
    EXPECT_TRUE(m_view.column(0)->reader()->toPlainText().contains(QStringLiteral("荷兰")));
    EXPECT_EQ(m_view.column(0)->reader()->submissionId(), m_view.column(0)->submissionId());
}

} // namespace
