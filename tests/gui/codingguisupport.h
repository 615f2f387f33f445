#pragma once

#include "core/coding/codingtestsupport.h"

#include "storage/codingrecords.h"

#include <QString>
#include <QTest>

#include <functional>
#include <memory>

namespace Rapporteur::Gui {
class CodebookPanel;
class CodingController;
class CodingEditor;
class MainWindow;
class SubmissionReader;
} // namespace Rapporteur::Gui

namespace Rapporteur::Test {

inline constexpr int kTimeoutMs = 10'000;
inline const QString kCoder = QStringLiteral("carol");

// The small coding fixture (codingtestsupport.h) in the assembled window, whose codings are
// recorded as kCoder. The database is opened when a test first shows a text, so that codings a
// test makes beforehand through the fixture are there when the window reads it.
class CodingWindowFixture : public CodingFixture
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Opens (or reads again) the database in the window and waits for the codebook.
    void openWindow();
    // Shows Australia's submission in the reader (opening the database first when needed).
    void showAustralia();

    Gui::SubmissionReader *reader() const;
    Gui::CodingController *controller() const;
    Gui::CodingEditor &editor() const;
    Gui::CodebookPanel *panel() const;

    // What the database holds, read through the fixture's own connection.
    QList<Storage::CodingRecord> storedCodings() const;
    QString memoText(Storage::MemoTarget target, qint64 id) const;
    qint64 documentId() const; // of kSymbol

    // Waits until the reader shows this many marks.
    static bool waitForMarks(const Gui::SubmissionReader *reader, int count);
    // Waits until the codebook dock, as read after the latest edit, satisfies the condition.
    bool waitForCodebook(const std::function<bool()> &condition) const;
    // The code points [start, end) of a text.
    static QString codePoints(const QString &text, int start, int end);

    std::unique_ptr<Gui::MainWindow> window;
    bool opened = false;
};

} // namespace Rapporteur::Test
