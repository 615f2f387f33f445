// The reader tab's text: a submission or a whole document read off the GUI thread, the latest
// request winning, and the paragraph asked for shown once its text is on show.
#include "backgroundwork.h"
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/reader/readingcontroller.h"
#include "gui/reader/submissionreader.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

qint64 submissionOf(const QList<Storage::SubmissionRecord> &submissions, const QString &code)
{
    for (const auto &s : submissions) {
        if (s.entity && s.entity->code == code)
            return s.id;
    }
    return 0;
}

class ReadingControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = SampleCorpus::bothDocumentsPath();
        m_session.open(path, SampleCorpus::documents(path), SampleCorpus::submissions(path));
    }

    CorpusSession m_session;
    SubmissionReader m_reader;
    ReadingController m_reading{m_session, m_reader};
};

TEST_F(ReadingControllerTest, TheLatestRequestWins)
{
    const qint64 netherlands = submissionOf(m_session.submissions(), QStringLiteral("NLD"));
    const qint64 china = submissionOf(m_session.submissions(), QStringLiteral("CHN"));
    ASSERT_NE(netherlands, 0);
    ASSERT_NE(china, 0);
    QSignalSpy shown(&m_reading, &ReadingController::submissionShown);
    m_reading.readSubmission(netherlands);
    m_reading.readSubmission(china);
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork();
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.first().at(0).toLongLong(), china);
    EXPECT_EQ(m_reader.submissionId(), china);
}

TEST_F(ReadingControllerTest, AParagraphAskedForIsShownOnceItsTextIsOnShow)
{
    const qint64 netherlands = submissionOf(m_session.submissions(), QStringLiteral("NLD"));
    auto db = Storage::Database::open(m_session.path());
    ASSERT_TRUE(db);
    auto paragraphs = Storage::CorpusRepository(**db).paragraphsOfSubmission(netherlands);
    ASSERT_TRUE(paragraphs);
    qint64 wanted = 0;
    for (const auto &p : *paragraphs) {
        // The Netherlands' reply, p. 27: the first point of its list ("• 荷兰完全支持…").
        if (p.text.contains(QStringLiteral("荷兰完全支持应促进和平利用国际合作的理念。")))
            wanted = p.id;
    }
    ASSERT_NE(wanted, 0);

    QSignalSpy paragraphShown(&m_reading, &ReadingController::paragraphShown);
    m_reading.showParagraph(wanted, ReadingController::When::OnceShown);
    EXPECT_EQ(paragraphShown.count(), 0);
    m_reading.readSubmission(netherlands);
    ASSERT_TRUE(paragraphShown.wait(kTimeoutMs));
    EXPECT_EQ(paragraphShown.first().at(0).toLongLong(), wanted);

    // The text on show holds it: at once.
    paragraphShown.clear();
    m_reading.showParagraph(wanted, ReadingController::When::Now);
    EXPECT_EQ(paragraphShown.count(), 1);
}

TEST_F(ReadingControllerTest, AWholeDocumentIsShownWithItsSymbol)
{
    qint64 report = 0;
    for (const auto &d : m_session.documents()) {
        if (d.symbol == QStringLiteral("A/79/416"))
            report = d.id;
    }
    ASSERT_NE(report, 0);
    QSignalSpy shown(&m_reading, &ReadingController::documentShown);
    m_reading.readDocument(report);
    EXPECT_EQ(m_reader.documentSymbol(), QStringLiteral("A/79/416")); // its heading at once
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_EQ(shown.first().at(0).toString(), QStringLiteral("A/79/416"));
    EXPECT_EQ(m_reader.submissionId(), 0);
}

} // namespace
