// The search dock on the sample corpus: hits, filters, hostile input, and the jump to a hit.
#include "samplecorpus.h"
#include "testsupport.h"

#include "gui/common/corpussession.h"
#include "gui/reader/submissionreader.h"
#include "gui/search/searchpanel.h"
#include "gui/search/searchresultmodel.h"
#include "gui/search/snippetdelegate.h"
#include "gui/window/mainwindow.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"
#include "workflow/importer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::CorpusSession;
using Gui::SearchPanel;
using Gui::SearchResultModel;
using Gui::SnippetDelegate;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 15'000;

class SearchPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = SampleCorpus::bothDocumentsPath();
        auto db = Storage::Database::open(path);
        ASSERT_TRUE(db);
        const Storage::CorpusRepository repo(**db);
        documents = *repo.documents();
        submissions = *repo.submissions();
        for (const auto &document : documents)
            paragraphs << *repo.paragraphsOfDocument(document.symbol);
        votes = *Storage::VoteRepository(**db).votes();
        session.open(path, documents, submissions);
        session.setVotes(votes);
    }

    // The paragraph ids the panel lists after searching for query.
    QSet<qint64> search(const QString &query)
    {
        QSignalSpy finished(&panel, &SearchPanel::searchFinished);
        panel.queryBox()->setText(query);
        panel.runSearch();
        EXPECT_TRUE(finished.wait(kTimeoutMs)) << query.toStdString();
        QSet<qint64> ids;
        for (int row = 0; row < panel.results()->rowCount(); ++row)
            ids << panel.results()
                       ->index(row)
                       .data(SearchResultModel::ParagraphIdRole)
                       .toLongLong();
        return ids;
    }

    QString path;
    QList<Storage::DocumentRecord> documents;
    QList<Storage::SubmissionRecord> submissions;
    QList<Storage::ParagraphRecord> paragraphs;
    QList<Storage::VoteRecord> votes;
    CorpusSession session;
    SearchPanel panel{session};
    QAbstractItemModelTester tester{panel.results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(SearchPanelTest, ListsEveryParagraphThatContainsTheTermWithItsHitHighlighted)
{
    QSet<qint64> scanned;
    for (const auto &paragraph : std::as_const(paragraphs)) {
        if (paragraph.text.contains(QStringLiteral("出口管制")))
            scanned << paragraph.id;
    }
    ASSERT_FALSE(scanned.isEmpty());
    EXPECT_EQ(search(QStringLiteral("出口管制")), scanned);
    const QString html =
        panel.results()->index(0).data(SearchResultModel::SnippetHtmlRole).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("出口管制</span>"))) << html.toStdString();
    // A selected hit's provenance line takes the selection's text colour: grey on the
    // selection's blue could not be read.
    QStyleOptionViewItem option;
    option.palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    option.state = QStyle::State_Selected;
    EXPECT_TRUE(SnippetDelegate::html(option, panel.results()->index(0))
                    .contains(QStringLiteral("color:#ffffff")));
    option.state = QStyle::State_None;
    EXPECT_TRUE(SnippetDelegate::html(option, panel.results()->index(0))
                    .contains(QStringLiteral("color:#767676")));
    EXPECT_TRUE(panel.statusText().contains(QString::number(scanned.size())));
}

TEST_F(SearchPanelTest, TheVoteFilterKeepsTheStatesThatVotedThatWay)
{
    // Against on vote (c): the states in its "no" list.
    QSet<QString> against;
    for (const auto &vote : std::as_const(votes)) {
        if (vote.label == QLatin1String("(c)"))
            for (const auto &listed : vote.no)
                against << listed.code;
    }
    ASSERT_EQ(against.size(), 53);
    QSet<qint64> expected;
    QHash<qint64, QString> entityOfSubmission;
    for (const auto &submission : std::as_const(submissions))
        entityOfSubmission.insert(submission.id,
                                  submission.entity ? submission.entity->code : QString());
    for (const auto &paragraph : std::as_const(paragraphs)) {
        if (paragraph.submissionId && paragraph.text.contains(QStringLiteral("出口")) &&
            against.contains(entityOfSubmission.value(*paragraph.submissionId)))
            expected << paragraph.id;
    }
    ASSERT_FALSE(expected.isEmpty());
    panel.setFilters({}, {}, QStringLiteral("A/79/416:(c)"), QStringLiteral("no"), {});
    EXPECT_EQ(search(QStringLiteral("出口")), expected);
}

TEST_F(SearchPanelTest, HostileInputGivesResultsOrNoResultsNeverAnError)
{
    for (const QString &query : {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("*"),
                                 QStringLiteral("'); DROP TABLE paragraph; --"),
                                 QStringLiteral("AND OR NOT"), QStringLiteral("((((")}) {
        search(query);
        const QString status = panel.statusText();
        EXPECT_TRUE(status == QStringLiteral("No results.") ||
                    status.contains(QStringLiteral("best first")))
            << query.toStdString() << " → " << status.toStdString();
    }
    EXPECT_FALSE(search(QStringLiteral("中国")).isEmpty()); // the database still works
}

TEST(SearchInTheWindow, ActivatingAHitShowsItsParagraphInTheReader)
{
    Gui::MainWindow window;
    window.show();
    QSignalSpy shown(&window, &Gui::MainWindow::corpusShown);
    window.openDatabase(SampleCorpus::bothDocumentsPath());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    SearchPanel *panel = window.searchPanel();
    QSignalSpy finished(panel, &SearchPanel::searchFinished);
    panel->queryBox()->setText(QStringLiteral("MTCR"));
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    ASSERT_GT(panel->results()->rowCount(), 0);
    const QModelIndex first = panel->results()->index(0);
    QSignalSpy paragraphShown(&window, &Gui::MainWindow::paragraphShown);
    emit panel->findChild<QListView *>(QStringLiteral("searchResults"))->activated(first);
    ASSERT_TRUE(paragraphShown.wait(kTimeoutMs));
    EXPECT_EQ(paragraphShown.first().at(0).toLongLong(),
              first.data(SearchResultModel::ParagraphIdRole).toLongLong());
    // The term is marked as the text writes it (here in a link, www.mtcr.info), not the whole
    // paragraph.
    EXPECT_EQ(window.reader()->textCursor().selectedText().toUpper(), QStringLiteral("MTCR"));
}

} // namespace

// With an English report beside the Chinese samples, the language filter lists each language with
// its code and keeps the hits of that language's documents.
TEST(SearchByLanguage, TheLanguageFilterKeepsThatLanguagesDocuments)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("corpus.sqlite"));
    ASSERT_TRUE(QFile::copy(SampleCorpus::bothDocumentsPath(), path));
    {
        auto db = Storage::Database::open(path);
        ASSERT_TRUE(db);
        NullProgress progress;
        CancelToken cancel;
        ASSERT_TRUE(Workflow::importFiles(
            **db,
            {{Rapporteur::Test::fixturePath(QStringLiteral("compilation-small.en.txt")),
              QStringLiteral("A/77/999"),
              {}}},
            progress, cancel));
    }
    CorpusSession session;
    SearchPanel panel{session};
    session.open(path, SampleCorpus::documents(path), SampleCorpus::submissions(path));
    auto *language = panel.findChild<QComboBox *>(QStringLiteral("searchLanguage"));
    ASSERT_NE(language, nullptr);
    QStringList listed;
    for (int i = 1; i < language->count(); ++i)
        listed << language->itemText(i) + QLatin1Char('=') + language->itemData(i).toString();
    EXPECT_EQ(listed,
              (QStringList{QStringLiteral("Chinese (zh)=zh"), QStringLiteral("English (en)=en")}));

    const auto documentsFound = [&](const QString &query) {
        QSignalSpy finished(&panel, &SearchPanel::searchFinished);
        panel.queryBox()->setText(query);
        panel.runSearch();
        EXPECT_TRUE(finished.wait(kTimeoutMs));
        QSet<QString> found;
        for (int row = 0; row < panel.results()->rowCount(); ++row)
            found << panel.results()->index(row).data(SearchResultModel::DocumentRole).toString();
        return found;
    };
    EXPECT_EQ(documentsFound(QStringLiteral("2022")).size(), 3);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    EXPECT_EQ(documentsFound(QStringLiteral("2022")), QSet<QString>{QStringLiteral("A/77/999")});
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    EXPECT_FALSE(documentsFound(QStringLiteral("2022")).contains(QStringLiteral("A/77/999")));
}
