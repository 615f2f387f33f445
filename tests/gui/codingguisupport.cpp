#include "codingguisupport.h"

#include "gui/coding/codebookpanel.h"
#include "gui/coding/codingcontroller.h"
#include "gui/coding/codingeditor.h"
#include "gui/reader/submissionreader.h"
#include "gui/window/mainwindow.h"
#include "storage/codingrepository.h"
#include "storage/corpusrepository.h"
#include "storage/memorepository.h"

#include <QSignalSpy>

namespace Rapporteur::Test {

void CodingWindowFixture::SetUp()
{
    CodingFixture::SetUp();
    window = std::make_unique<Gui::MainWindow>();
    editor().store().setCoder(kCoder);
    window->show();
}

void CodingWindowFixture::TearDown()
{
    window.reset();
    CodingFixture::TearDown();
}

void CodingWindowFixture::openWindow()
{
    QSignalSpy shown(window.get(), &Gui::MainWindow::corpusShown);
    QSignalSpy codebook(controller(), &Gui::CodingController::codebookShown);
    window->openDatabase(path());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    ASSERT_TRUE(codebook.count() > 0 || codebook.wait(kTimeoutMs));
    opened = true;
}

void CodingWindowFixture::showAustralia()
{
    if (!opened) {
        ASSERT_NO_FATAL_FAILURE(openWindow());
    }
    QSignalSpy shown(window.get(), &Gui::MainWindow::submissionShown);
    ASSERT_TRUE(window->selectEntity(QStringLiteral("AUS")));
    ASSERT_TRUE(shown.count() > 0 || shown.wait(kTimeoutMs));
    ASSERT_TRUE(reader()->spans().contains(paragraphId(kAustralia1)));
    ASSERT_TRUE(reader()->spans().contains(paragraphId(kAustralia2)));
}

Gui::SubmissionReader *CodingWindowFixture::reader() const
{
    return window->reader();
}

Gui::CodingController *CodingWindowFixture::controller() const
{
    return window->codingController();
}

Gui::CodingEditor &CodingWindowFixture::editor() const
{
    return window->codingController()->editor();
}

Gui::CodebookPanel *CodingWindowFixture::panel() const
{
    return window->codebookPanel();
}

QList<Storage::CodingRecord> CodingWindowFixture::storedCodings() const
{
    auto codings = Storage::CodingRepository(*m_db).codings();
    EXPECT_TRUE(codings.ok());
    return codings.ok() ? *codings : QList<Storage::CodingRecord>();
}

QString CodingWindowFixture::memoText(Storage::MemoTarget target, qint64 id) const
{
    auto memo = Storage::MemoRepository(*m_db).memo(target, id);
    EXPECT_TRUE(memo.ok());
    return memo.ok() && memo->has_value() ? (*memo)->text : QString();
}

qint64 CodingWindowFixture::documentId() const
{
    auto documents = Storage::CorpusRepository(*m_db).documents();
    EXPECT_TRUE(documents.ok());
    for (const auto &document : *documents) {
        if (document.symbol == kSymbol)
            return document.id;
    }
    return 0;
}

bool CodingWindowFixture::waitForMarks(const Gui::SubmissionReader *reader, int count)
{
    return QTest::qWaitFor([&] { return reader->codingMarks().size() == count; }, kTimeoutMs);
}

bool CodingWindowFixture::waitForCodebook(const std::function<bool()> &condition) const
{
    return QTest::qWaitFor(condition, kTimeoutMs);
}

QString CodingWindowFixture::codePoints(const QString &text, int start, int end)
{
    const QList<uint> points = text.toUcs4();
    const QList<uint> part = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

} // namespace Rapporteur::Test
