// The corpus session: one signal says what changed, and each view reloads what concerns it, a
// hidden analysis tab only once it is shown.
#include "backgroundwork.h"
#include "samplecorpus.h"

#include "gui/blocs/blocsview.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/common/corpussession.h"
#include "gui/references/referencesview.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::CorpusSession;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 20'000;

QList<CorpusSession::Changes> changes(const QSignalSpy &spy)
{
    QList<CorpusSession::Changes> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<CorpusSession::Changes>());
    return out;
}

TEST(CorpusSession, SaysWhetherAnotherDatabaseOrTheSameOneChanged)
{
    CorpusSession session;
    QSignalSpy changed(&session, &CorpusSession::changed);
    EXPECT_FALSE(session.isOpen());
    session.open(QStringLiteral("/a.sqlite"));
    session.open(QStringLiteral("/a.sqlite")); // read again
    session.notify(CorpusSession::Change::Codings);
    session.open(QStringLiteral("/b.sqlite"));
    EXPECT_EQ(changes(changed), (QList<CorpusSession::Changes>{CorpusSession::Change::Database,
                                                               CorpusSession::Change::Documents,
                                                               CorpusSession::Change::Codings,
                                                               CorpusSession::Change::Database}));
    EXPECT_EQ(session.path(), QStringLiteral("/b.sqlite"));
}

// What the window read of the database, the views share through the session: the documents and
// submissions with the path, the votes when they arrive; another database's votes are not yet read.
TEST(CorpusSession, HoldsTheCorpusTheWindowReadAndTheVotesOnceRead)
{
    const QString path = SampleCorpus::bothDocumentsPath();
    CorpusSession session;
    QSignalSpy changed(&session, &CorpusSession::changed);
    session.open(path, SampleCorpus::documents(path), SampleCorpus::submissions(path));
    EXPECT_EQ(session.documents().size(), 2);
    // A/77/96: 33 states; A/79/416: none (its votes are the committee's).
    EXPECT_EQ(session.submissions().size(), 33);
    EXPECT_EQ(session.documentSymbols(),
              (QStringList{QStringLiteral("A/77/96"), QStringLiteral("A/79/416")}));
    EXPECT_TRUE(session.votes().isEmpty());
    session.setVotes(SampleCorpus::committeeVotes());
    EXPECT_EQ(session.votes().size(), 3);
    session.open(path, SampleCorpus::documents(path), SampleCorpus::submissions(path));
    EXPECT_EQ(session.votes().size(), 3) << "the same database read again keeps its votes";
    session.open(QStringLiteral("/other.sqlite"));
    EXPECT_TRUE(session.votes().isEmpty());
    EXPECT_TRUE(session.documents().isEmpty());
    EXPECT_EQ(changes(changed), (QList<CorpusSession::Changes>{CorpusSession::Change::Database,
                                                               CorpusSession::Change::Votes,
                                                               CorpusSession::Change::Documents,
                                                               CorpusSession::Change::Database}));
}

TEST(CorpusSession, AHiddenViewReadsWhenShownAndAViewReadsOnlyWhatConcernsIt)
{
    CorpusSession session;
    Gui::BlocsView blocs(session);
    Gui::CodingAnalysisView coding(session);
    QSignalSpy blocsLoaded(&blocs, &Gui::BlocsView::loaded);
    QSignalSpy codingLoaded(&coding, &Gui::CodingAnalysisView::loaded);

    session.open(SampleCorpus::bothDocumentsPath());
    EXPECT_FALSE(blocs.isBusy()); // hidden: nothing read yet
    EXPECT_FALSE(coding.isLoading());
    blocs.show();
    coding.show();
    ASSERT_TRUE(blocsLoaded.count() == 1 || blocsLoaded.wait(kTimeoutMs));
    ASSERT_TRUE(codingLoaded.count() == 1 || codingLoaded.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork(); // the blocs view analyses what it read, too

    // A coding edit concerns the coding analysis, not the votes.
    session.notify(CorpusSession::Change::Codings);
    EXPECT_TRUE(coding.isLoading());
    EXPECT_FALSE(blocs.isBusy());
    ASSERT_TRUE(codingLoaded.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork();
    EXPECT_EQ(blocsLoaded.count(), 1);
    EXPECT_EQ(codingLoaded.count(), 2);

    // Lost locks: connections are let go, and no view starts a read before the corpus is read
    // again (a connection opened now would share the log's dead index).
    Gui::ReferencesView references(session);
    QSignalSpy referencesLoaded(&references, &Gui::ReferencesView::loaded);
    session.notify(CorpusSession::Change::Documents);
    EXPECT_TRUE(references.isLoading());
    ASSERT_TRUE(referencesLoaded.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork();
    session.notify(CorpusSession::Change::Connections);
    EXPECT_FALSE(references.isLoading());
    EXPECT_FALSE(blocs.isBusy());
    EXPECT_FALSE(coding.isLoading());
    blocsLoaded.clear();
    codingLoaded.clear();

    // Documents read again concern both.
    session.open(SampleCorpus::bothDocumentsPath());
    EXPECT_TRUE(blocs.isBusy());
    EXPECT_TRUE(coding.isLoading());
    Rapporteur::Test::finishBackgroundWork();
    EXPECT_EQ(blocsLoaded.count(), 1);
    EXPECT_EQ(codingLoaded.count(), 1);
}

} // namespace
