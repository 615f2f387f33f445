#pragma once

#include "gui/blocs/blocsview.h"
#include "gui/common/corpussession.h"

#include "common/recordedvote.h"
#include "storage/voterecords.h"

#include <QAbstractItemModelTester>
#include <QList>
#include <QSignalSpy>
#include <QString>

namespace Rapporteur::Test {

// Databases for the voting-blocs view, each imported once through the real workflow into a
// folder that lives until the test program ends.
struct BlocsCorpora
{
    // A database with no document at all.
    static QString emptyPath();
    // One vote alone: vote (a) of tests/fixtures/blocs-two-votes.zh.txt, read as A/99/1.
    static QString oneVotePath();
    // The committee report A/79/416 (three votes) and the fixture's two votes read as A/99/2,
    // whose labels (a) and (b) repeat the report's.
    static QString twoReportsPath();
    // Every recorded vote of a database, as the core reads them.
    static QList<Storage::VoteRecord> votes(const QString &path);
};

// A state's position on a vote read off the vote's lists here, not by the code under test.
VotePosition listedPosition(const Storage::VoteRecord &vote, const QString &code);
// Agreement of two states over votes worked out from the lists: identical positions 1, yes or no
// against an abstention ½, yes against no 0; votes where either did not vote are left out.
double agreementByHand(const QList<Storage::VoteRecord> &votes, const QString &a, const QString &b);

// The view with every model under a tester from before the first reset.
struct BlocsFixture
{
    static constexpr int kTimeoutMs = 20'000;
    static constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

    Gui::CorpusSession session;
    Gui::BlocsView view{session};
    QAbstractItemModelTester blocs;
    QAbstractItemModelTester pair;
    QAbstractItemModelTester cohesion;
    QAbstractItemModelTester dissent;
    QAbstractItemModelTester submitting;
    QAbstractItemModelTester submissions;

    BlocsFixture();
    // Opens the database and waits for the analysis to be on show.
    bool load(const QString &path);
    // Runs change, then waits for the analysis it starts (or that it showed at once).
    template <typename Change> bool analyseAfter(Change change);
};

} // namespace Rapporteur::Test

template <typename Change> bool Rapporteur::Test::BlocsFixture::analyseAfter(Change change)
{
    QSignalSpy shown(&view, &Gui::BlocsView::analysisShown);
    change();
    return !shown.isEmpty() || shown.wait(kTimeoutMs);
}
